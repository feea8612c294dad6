package org.ourown.warmline.web;

import java.time.ZoneId;
import java.util.Locale;
import org.ourown.shared.Rejected;
import org.ourown.warmline.BlockDuration;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.RecentChats;
import org.ourown.warmline.TranscriptPurpose;
import org.ourown.warmline.TranscriptView;
import org.ourown.warmline.Transcripts;
import org.ourown.warmline.VisitorBlocks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators look back at their organization's chats: the words only while the line's retention keeps them and
 * only for a purpose chosen from a short list (each read audited), and block the visitor of a chat.
 */
@Controller
class TranscriptsController {

    private final Transcripts transcripts;
    private final VisitorBlocks blocks;
    private final ChatWords words;

    TranscriptsController(Transcripts transcripts, VisitorBlocks blocks, ChatWords words) {
        this.transcripts = transcripts;
        this.blocks = blocks;
        this.words = words;
    }

    @GetMapping("/warmline/console/transcripts")
    String recent(Model model) {
        RecentChats recent = transcripts.recent();
        model.addAttribute("recent", recent);
        model.addAttribute("zone", ZoneId.of(recent.timezone()));
        return "warmline/transcripts";
    }

    /** Without a purpose: the chat without its words and the purpose to choose. With one: the words, audited. */
    @GetMapping("/warmline/console/transcripts/{id}")
    String transcript(
            @PathVariable ChatId id,
            @RequestParam(required = false) TranscriptPurpose purpose,
            Locale locale,
            Model model) {
        TranscriptView view = purpose == null ? transcripts.about(id) : transcripts.read(id, purpose);
        ZoneId zone = ZoneId.of(view.timezone());
        model.addAttribute("transcript", view);
        model.addAttribute("zone", zone);
        model.addAttribute("purpose", purpose);
        model.addAttribute("purposes", TranscriptPurpose.values());
        model.addAttribute("durations", BlockDuration.values());
        model.addAttribute("shown", words.shown(view.messages(), zone, locale, true));
        if (!model.containsAttribute("blockForm")) {
            model.addAttribute("blockForm", BlockForm.blank());
        }
        return "warmline/transcript";
    }

    @PostMapping("/warmline/console/transcripts/{id}/block")
    String block(
            @PathVariable ChatId id,
            @ModelAttribute("blockForm") BlockForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            blocks.block(id, form.request());
        } catch (Rejected e) {
            model.addAttribute("blockError", e);
            return transcript(id, null, locale, model);
        }
        redirect.addFlashAttribute("notice", "warmline.block.done");
        return "redirect:/warmline/console/blocks";
    }
}
