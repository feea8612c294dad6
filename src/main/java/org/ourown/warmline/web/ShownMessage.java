package org.ourown.warmline.web;

/** A message as a page or an event stream shows it: the system's notices in the reader's language. */
record ShownMessage(long id, String sender, String who, String body, String time) {}
