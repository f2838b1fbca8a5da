package org.firegov.gateway.me;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/** {@code GET /}: a plain landing page until the portals arrive. 首页. */
@RestController
class HomeController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final Map<String, String> ROLE_NAMES = Map.of(
            "committee", "县消防安全委员会办公室 Fire-safety committee office",
            "brigade", "县消防救援大队 Fire rescue brigade",
            "department", "行业部门 Industry department",
            "town", "乡镇（街道） Town / street",
            "unit", "社会单位 Social unit",
            "gov-platform", "政务服务平台 Government-service platform");

    @GetMapping("/")
    Mono<ResponseEntity<String>> home(Authentication authentication, ServerWebExchange exchange) {
        CurrentUser user = CurrentUser.of(authentication);
        Mono<CsrfToken> csrf = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
        return csrf.map(token -> page(user, token))
                .defaultIfEmpty(page(user, null))
                .map(html -> ResponseEntity.ok().contentType(HTML).body(html));
    }

    private static String page(CurrentUser user, CsrfToken csrf) {
        String roles = user.roles().isEmpty() ? "<li>—</li>" : user.roles().stream()
                .map(role -> "<li>" + esc(ROLE_NAMES.getOrDefault(role, role)) + " (" + esc(role) + ")</li>")
                .collect(Collectors.joining());
        String logout = csrf == null ? "" : """
                <form method="post" action="/logout">
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit">退出登录 Log out</button>
                </form>""".formatted(esc(csrf.getParameterName()), esc(csrf.getToken()));
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="UTF-8"><title>巫溪县消防安全治理平台 FireGov</title></head>
                <body>
                  <h1>巫溪县消防安全治理平台 <small>FireGov fire-safety governance</small></h1>
                  <p>欢迎 Welcome, <strong>%s</strong></p>
                  <h2>角色 Roles</h2>
                  <ul>%s</ul>
                  <p>行业部门 Department: %s · 乡镇 Town: %s · 单位 Unit: %s</p>
                  %s
                </body>
                </html>
                """.formatted(esc(user.username()), roles, esc(user.department()), esc(user.town()),
                esc(user.unit()), logout);
    }

    private static String esc(String text) {
        return text == null ? "—" : HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
