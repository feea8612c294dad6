package org.ourown.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ourown.accounts.CurrentUser;
import org.ourown.shared.NavigationItem;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What every page's layout needs: who is signed in, their navigation, and the current path for language links. Added
 * to a page about to be rendered, not to redirects or API responses: as {@code @ModelAttribute} methods of a
 * controller advice it ran for every request, JSON ones too, and took a sixth of the app's time in the directory
 * search benchmark.
 */
@Component
class PageModel implements HandlerInterceptor {

    private final List<NavigationItem> navigation;

    PageModel(List<NavigationItem> navigation) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || !page.hasView() || page.getView() instanceof RedirectView) {
            return;
        }
        String view = page.getViewName();
        if (view != null && (view.startsWith("redirect:") || view.startsWith("forward:"))) {
            return;
        }
        CurrentUser me = CurrentUser.current().orElse(null);
        page.getModelMap().putIfAbsent("navigation", navigation(me));
        page.getModelMap().putIfAbsent("me", me);
        page.getModelMap().putIfAbsent("currentPath", currentPath(request));
    }

    private List<NavigationItem> navigation(CurrentUser me) {
        Set<String> roles = me == null ? Set.of() : me.roleNames();
        return navigation.stream()
                .filter(item -> item.roles().isEmpty() || item.roles().stream().anyMatch(roles::contains))
                .toList();
    }

    private static String currentPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        return forwarded != null ? forwarded.toString() : request.getRequestURI();
    }
}
