package org.ourown.shared;

import java.util.Set;

/**
 * A link in the main navigation that a module contributes as a bean. It shows to people holding any of the
 * named roles ({@code MEMBER}, {@code PEER}, {@code COORDINATOR}, {@code ADMIN}, {@code NETWORK_ADMIN}), or to
 * everyone when the set is empty.
 */
public record NavigationItem(String path, String messageKey, Set<String> roles, int order) {}
