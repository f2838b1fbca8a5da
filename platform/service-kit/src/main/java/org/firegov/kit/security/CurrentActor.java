package org.firegov.kit.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The actor of the current request, if it was authenticated with a token. */
public final class CurrentActor {

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(Actor.from(jwt));
        }
        return Optional.empty();
    }

    /**
     * The OAuth client the current token was issued to ({@code azp}), e.g. {@code gov-platform} for the
     * government-service platform's client-credentials token; machine clients are told apart by it.
     */
    public static Optional<String> clientId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.ofNullable(jwt.getClaimAsString("azp"));
        }
        return Optional.empty();
    }

    private CurrentActor() {
    }
}
