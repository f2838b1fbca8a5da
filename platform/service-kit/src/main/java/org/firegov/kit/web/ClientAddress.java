package org.firegov.kit.web;

import java.util.List;

/**
 * The address a request really came from. Behind the gateway every request arrives from the gateway's address, so
 * the client is the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy; a request from
 * anywhere else is identified by its remote address and its {@code X-Forwarded-For} is ignored (anyone can write
 * that header).
 */
public record ClientAddress(List<String> trustedProxies) {

    public String of(String remoteAddress, String forwardedFor) {
        if (!trustedProxies.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }
}
