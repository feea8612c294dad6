package org.ourown.accounts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.UUID;

public record AccountId(@JsonValue UUID value) implements Serializable {

    @Override
    public String toString() {
        return value.toString();
    }
}
