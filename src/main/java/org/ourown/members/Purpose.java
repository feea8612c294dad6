package org.ourown.members;

/** Why someone other than the member opens their record: a short list, recorded with every read. */
public enum Purpose {
    ONE_TO_ONE_SUPPORT,
    KEEPING_IN_TOUCH,
    REFERRAL,
    RESPITE_STAY,
    MEMBER_ASKED,
    ERASURE_REQUEST
}
