package org.firegov.inspection.citizenreport;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public report form's abuse resistance ({@code firegov.inspection.public-report}).
 *
 * @param formSecret      HMAC key of the form tokens; every instance needs the same one. Unset: a random key per
 *                        process (forms fetched before a restart then read {@code form-invalid})
 * @param minimumFillTime a form sent sooner after it was fetched is refused ({@code too-fast}): people read and type
 * @param formLifetime    a form older than this is refused ({@code form-expired})
 * @param duplicateWindow the same text at the same place within this window is the first report again
 */
@ConfigurationProperties("firegov.inspection.public-report")
record CitizenReportProperties(String formSecret, Duration minimumFillTime, Duration formLifetime,
                               Duration duplicateWindow) {

    CitizenReportProperties {
        minimumFillTime = minimumFillTime == null ? Duration.ofSeconds(3) : minimumFillTime;
        formLifetime = formLifetime == null ? Duration.ofHours(2) : formLifetime;
        duplicateWindow = duplicateWindow == null ? Duration.ofDays(1) : duplicateWindow;
    }
}
