package org.ourown.warmline.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.ourown.shared.Htmx;
import org.ourown.warmline.BoardView;
import org.ourown.warmline.LineBoard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinators' live board: the whole page, or (for htmx's refresh every few seconds) only the figures. */
@Controller
class BoardController {

    private final LineBoard board;

    BoardController(LineBoard board) {
        this.board = board;
    }

    @GetMapping("/warmline/console/board")
    String board(HttpServletRequest request, Model model) {
        BoardView view = board.board();
        model.addAttribute("board", view);
        model.addAttribute("asOf", view.asOf().atZone(ZoneId.of(view.timezone())));
        return Htmx.view(request, "warmline/board", "figures");
    }
}
