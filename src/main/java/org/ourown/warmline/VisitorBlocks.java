package org.ourown.warmline;

import java.util.List;

/**
 * Coordinators and admins keep a visitor who abused a line out of every line of their organization for a while. The
 * visitor is known only by their browser's token; a blocked visitor is told kindly where else to turn, never why.
 * Another organization's chat or block is {@link org.ourown.shared.NotFound}; every block and lift is audited.
 */
public interface VisitorBlocks {

    BlockView block(ChatId chat, BlockRequest request);

    /** The organization's blocks in force now, newest first. */
    List<BlockView> current();

    BlockView lift(BlockId block);
}
