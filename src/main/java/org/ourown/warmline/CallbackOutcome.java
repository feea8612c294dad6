package org.ourown.warmline;

/** How a check-in call went. Any of them completes the callback and erases the number. */
public enum CallbackOutcome {
    REACHED,
    NO_ANSWER,
    DECLINED
}
