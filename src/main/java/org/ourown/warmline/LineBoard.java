package org.ourown.warmline;

/** The coordinator's live board (COORDINATOR and ADMIN of the organization; anyone else is refused). */
public interface LineBoard {

    BoardView board();
}
