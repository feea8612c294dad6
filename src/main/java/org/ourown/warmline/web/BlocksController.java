package org.ourown.warmline.web;

import java.time.ZoneId;
import org.ourown.warmline.BlockId;
import org.ourown.warmline.LineView;
import org.ourown.warmline.Lines;
import org.ourown.warmline.VisitorBlocks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The blocks in force in the coordinator's organization, each with a button that lifts it. */
@Controller
class BlocksController {

    private final VisitorBlocks blocks;
    private final Lines lines;

    BlocksController(VisitorBlocks blocks, Lines lines) {
        this.blocks = blocks;
        this.lines = lines;
    }

    @GetMapping("/warmline/console/blocks")
    String current(Model model) {
        model.addAttribute("blocks", blocks.current());
        String zone = lines.mine().stream().findFirst().map(LineView::timezone).orElse("UTC");
        model.addAttribute("zone", ZoneId.of(zone));
        return "warmline/blocks";
    }

    @PostMapping("/warmline/console/blocks/{id}/lift")
    String lift(@PathVariable BlockId id, RedirectAttributes redirect) {
        blocks.lift(id);
        redirect.addFlashAttribute("notice", "warmline.block.lifted");
        return "redirect:/warmline/console/blocks";
    }
}
