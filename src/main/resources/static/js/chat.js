// Live chat on warm line pages: messages arrive as Server-Sent Events, and sending stays on the page.
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

  var source = new EventSource(main.getAttribute("data-chat-events") + "?after=" + lastId);
  source.addEventListener("message", function (event) {
    append(JSON.parse(event.data));
  });
  source.addEventListener("status", function (event) {
    var state = JSON.parse(event.data);
    status.textContent = state.text;
    var later = main.querySelector("[data-survey-later]");
    if (state.over && later) {
      later.hidden = false;
    }
    if (state.over && form) {
      form.hidden = true;
      var leave = main.querySelector(".chat-leave");
      if (leave) {
        leave.hidden = true;
      }
      source.close();
    }
  });

  if (form) {
    var box = form.querySelector("textarea");
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
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
