package org.ourown.members.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** Asking to be erased: the person says they understand that it cannot be undone (an unticked box sends nothing). */
record ErasureForm(
        @NotNull(message = "{erasure.understood.required}") @AssertTrue(message = "{erasure.understood.required}")
        Boolean understood) {}
