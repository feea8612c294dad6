package org.ourown.shared;

/**
 * Input that breaks a rule of the domain; the message key explains it to the person in their language, with its
 * arguments (e.g. a name) filled in as {@code {0}}, {@code {1}}…
 */
public class Rejected extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public Rejected(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** What fills the message's placeholders; empty when it has none. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
