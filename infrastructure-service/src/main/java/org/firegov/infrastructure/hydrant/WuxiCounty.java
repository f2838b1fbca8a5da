package org.firegov.infrastructure.hydrant;

/**
 * Plausibility check of WGS-84 coordinates: Wuxi County (巫溪县) lies roughly within latitude 31.2–31.8 N and
 * longitude 108.9–109.9 E. Coordinates are stored in WGS-84; GCJ-02 (Chinese map tiles) is converted at the map edge.
 */
public final class WuxiCounty {

    public static final double MIN_LATITUDE = 31.2;
    public static final double MAX_LATITUDE = 31.8;
    public static final double MIN_LONGITUDE = 108.9;
    public static final double MAX_LONGITUDE = 109.9;

    public static boolean contains(double latitude, double longitude) {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE
                && longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE;
    }

    private WuxiCounty() {
    }
}
