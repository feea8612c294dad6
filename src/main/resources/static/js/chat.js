// Live chat on warm line pages: messages come and go over a WebSocket (or, where that fails, arrive as Server-Sent
// Events and each is posted), and sending stays on the page.
// Without this file the page still works: the form posts and the page reloads.
(function () {
  "use strict";
  var main = document.querySelector("[data-chat-events]");
  if (!main || !window.EventSource || !window.fetch) {
    return;
  }
  document.documentElement.classList.add("live-chat");
  var list = document.getElementById("messages");
  var status = document.getElementById("chat-status");
  var error = document.getElementById("chat-error");
  var form = main.querySelector(".chat-form");
  var lastId = Number(main.getAttribute("data-last-id") || "0");

  function append(message) {
    if (message.id <= lastId) {
      return; // already shown: never twice
    }
    lastId = message.id;
    var item = document.createElement("li");
    item.className = "message from-" + message.sender.toLowerCase();
    item.setAttribute("data-id", String(message.id));
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = message.who;
    var time = document.createElement("span");
    time.className = "time";
    time.textContent = message.time;
    var body = document.createElement("p");
    body.className = "body";
    body.textContent = message.body; // text, never HTML
    item.appendChild(who);
    item.appendChild(document.createTextNode(" "));
    item.appendChild(time);
    item.appendChild(body);
    list.appendChild(item);
    item.scrollIntoView({block: "nearest"});
  }

  var socketPath = main.getAttribute("data-chat-socket");
  var socket = null;
  var source = null;
  var over = false;
  var failures = 0;
  var nextRef = 1;
  var sending = {};

  function showStatus(state) {
    status.textContent = state.text;
    var later = main.querySelector("[data-survey-later]");
    if (state.over && later) {
      later.hidden = false;
    }
    if (!state.over) {
      return;
    }
    over = true; // nothing more will come: the page lets go of its connection
    if (source) {
      source.close();
    }
    if (socket) {
      socket.close();
    }
    if (form) {
      form.hidden = true;
      var leave = main.querySelector(".chat-leave");
      if (leave) {
        leave.hidden = true;
      }
    }
  }

  // The fallback: an event stream, and each message as its own request.
  function useEvents() {
    if (source || over) {
      return;
    }
    main.setAttribute("data-live", "events");
    source = new EventSource(main.getAttribute("data-chat-events") + "?after=" + lastId);
    source.addEventListener("message", function (event) {
      append(JSON.parse(event.data));
    });
    source.addEventListener("status", function (event) {
      showStatus(JSON.parse(event.data));
    });
  }

  // One WebSocket for both ways; after three failed tries in a row the page falls back to the event stream.
  function connect() {
    var opened = false;
    var ws;
    try {
      ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host
        + socketPath + "?after=" + lastId);
    } catch (e) {
      useEvents();
      return;
    }
    ws.onopen = function () {
      opened = true;
      failures = 0;
      socket = ws;
      main.setAttribute("data-live", "socket");
    };
    ws.onmessage = function (event) {
      var frame = JSON.parse(event.data);
      if (frame.event === "message") {
        append(frame.data);
      } else if (frame.event === "status") {
        showStatus(frame.data);
      } else if (frame.event === "sent") {
        if (sending[frame.ref] !== undefined && box && box.value === sending[frame.ref]) {
          box.value = "";
        }
        delete sending[frame.ref];
        error.textContent = "";
      } else if (frame.event === "refused") {
        delete sending[frame.ref];
        error.textContent = frame.text;
      }
    };
    ws.onclose = function (event) {
      socket = null;
      if (Object.keys(sending).length > 0) {
        error.textContent = main.getAttribute("data-offline") || "";
        sending = {};
      }
      if (over || event.code === 4404) {
        return;
      }
      if (event.code === 4401) {
        error.textContent = main.getAttribute("data-signed-out") || "";
        return;
      }
      failures = opened ? 0 : failures + 1;
      if (failures >= 3) {
        useEvents();
        return;
      }
      setTimeout(connect, opened ? 300 : 1000 * failures);
    };
  }

  var box = form ? form.querySelector("textarea") : null;
  if (socketPath && window.WebSocket && window.JSON) {
    connect();
  } else {
    useEvents();
  }

  if (form) {
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (socket && socket.readyState === 1) {
        var ref = nextRef++;
        sending[ref] = box.value;
        socket.send(JSON.stringify({ref: ref, body: box.value}));
        return;
      }
      var headers = {"X-Requested-With": "fetch", "Content-Type": "application/x-www-form-urlencoded"};
      var token = document.querySelector('meta[name="_csrf"]');
      var header = document.querySelector('meta[name="_csrf_header"]');
      if (token && header) {
        headers[header.content] = token.content;
      }
      fetch(form.action, {method: "POST", headers: headers, credentials: "same-origin",
        body: new URLSearchParams({body: box.value})})
        .then(function (response) {
          if (response.ok) {
            box.value = "";
            error.textContent = "";
            return null;
          }
          return response.text().then(function (text) {
            error.textContent = text;
          });
        })
        .catch(function () {
          error.textContent = main.getAttribute("data-offline") || "";
        });
    });
  }
})();
