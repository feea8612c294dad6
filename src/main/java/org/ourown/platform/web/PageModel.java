package org.ourown.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ourown.accounts.CurrentUser;
import org.ourown.shared.NavigationItem;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, their navigation, and the current path for language links. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

    private final List<NavigationItem> navigation;

    PageModel(List<NavigationItem> navigation) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        Set<String> roles = CurrentUser.current().map(CurrentUser::roleNames).orElse(Set.of());
        return navigation.stream()
                .filter(item -> item.roles().isEmpty() || item.roles().stream().anyMatch(roles::contains))
                .toList();
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUser.current().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        return forwarded != null ? forwarded.toString() : request.getRequestURI();
    }
}
