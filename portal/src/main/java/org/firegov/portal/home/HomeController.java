package org.firegov.portal.home;

import org.firegov.portal.security.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: each user lands on the portal of their role (首页按角色跳转). */
@Controller
class HomeController {

    @GetMapping({"/", "/portal"})
    String home(Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        return viewer.role() == null ? "no-portal" : "redirect:" + viewer.home();
    }
}
