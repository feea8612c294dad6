package org.ourown.shared;

/**
 * A request that was fine in itself but comes at the wrong time for the record as it is now: a note past the hours
 * it could be changed, a second request while the first is waiting. The API answers 409 and names the rule.
 */
public class Conflict extends Rejected {

    public Conflict(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
