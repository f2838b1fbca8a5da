package org.firegov.gateway.me;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /me}: the current user's name, roles and scope claims, for browser sessions and bearer tokens alike. */
@RestController
class MeController {

    @GetMapping("/me")
    CurrentUser me(Authentication authentication) {
        return CurrentUser.of(authentication);
    }
}
