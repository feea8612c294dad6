package org.ourown.warmline;

public enum Channel {
    CHAT,
    PHONE
}
