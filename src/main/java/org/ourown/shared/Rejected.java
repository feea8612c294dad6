package org.ourown.shared;

/** Input that breaks a rule of the domain; the message key explains it to the person in their language. */
public class Rejected extends RuntimeException {

    private final String field;
    private final String messageKey;

    public Rejected(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
