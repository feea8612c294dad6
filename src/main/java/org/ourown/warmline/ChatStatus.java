package org.ourown.warmline;

public enum ChatStatus {
    WAITING,
    ACTIVE,
    ENDED,
    LEFT;

    public boolean isOpen() {
        return this == WAITING || this == ACTIVE;
    }
}
