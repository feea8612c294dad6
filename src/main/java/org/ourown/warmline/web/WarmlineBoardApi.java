package org.ourown.warmline.web;

import java.util.List;
import org.ourown.warmline.BlockId;
import org.ourown.warmline.BlockRequest;
import org.ourown.warmline.BlockView;
import org.ourown.warmline.BoardView;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.LineBoard;
import org.ourown.warmline.TranscriptPurpose;
import org.ourown.warmline.TranscriptView;
import org.ourown.warmline.Transcripts;
import org.ourown.warmline.VisitorBlocks;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinators' board, blocks and transcripts over JSON, through the same facades and checks as the pages. Bad
 * input (an unknown duration, a missing reason) is a 400 problem and writes nothing.
 */
@RestController
@RequestMapping("/api/warmline")
class WarmlineBoardApi {

    private final LineBoard board;
    private final VisitorBlocks blocks;
    private final Transcripts transcripts;

    WarmlineBoardApi(LineBoard board, VisitorBlocks blocks, Transcripts transcripts) {
        this.board = board;
        this.blocks = blocks;
        this.transcripts = transcripts;
    }

    @GetMapping("/board")
    BoardView board() {
        return board.board();
    }

    @PostMapping("/chats/{chatId}/block")
    @ResponseStatus(HttpStatus.CREATED)
    BlockView block(@PathVariable ChatId chatId, @RequestBody BlockRequest request) {
        return blocks.block(chatId, request);
    }

    @GetMapping("/blocks")
    List<BlockView> blocks() {
        return blocks.current();
    }

    @PostMapping("/blocks/{id}/lift")
    BlockView lift(@PathVariable BlockId id) {
        return blocks.lift(id);
    }

    /** The words while they are kept ({@code kept} false and none after), for a purpose; each read is audited. */
    @GetMapping("/transcripts/{chatId}")
    TranscriptView transcript(@PathVariable ChatId chatId, @RequestParam TranscriptPurpose purpose) {
        return transcripts.read(chatId, purpose);
    }
}
