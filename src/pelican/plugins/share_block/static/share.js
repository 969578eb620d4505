/* share_block: what plain links cannot do.
 *
 * Every share link works without this script. It adds, only where the
 * browser can do it, "Copy link", the device's share sheet, and sharing to
 * the reader's own Mastodon server. Those buttons come `hidden`, so readers
 * without JavaScript never see one that does nothing. No inline script or
 * style (a strict Content-Security-Policy works); nothing is fetched.
 */
(function () {
  "use strict";

  var KEY = "masthead-mastodon-server";
  var HOST = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(:\d{1,5})?$/i;

  // localStorage throws where storage is refused (private mode, blocked
  // cookies); then the reader is simply asked each time.
  function remembered() {
    try {
      return localStorage.getItem(KEY) || "";
    } catch (error) {
      return "";
    }
  }

  function remember(host) {
    try {
      localStorage.setItem(KEY, host);
    } catch (error) {}
  }

  // "https://example.social/@me", "@me@example.social" -> "example.social"
  function serverName(answer) {
    var text = answer.trim().replace(/^[a-z]+:\/\//i, "").split("/")[0];
    text = text.slice(text.lastIndexOf("@") + 1);
    return HOST.test(text) ? text.toLowerCase() : "";
  }

  function announce(block, message) {
    var status = block.querySelector(".masthead-share-status");
    if (status) {
      // Emptied first, so saying the same thing twice is announced twice.
      status.textContent = "";
      setTimeout(function () {
        status.textContent = message;
      }, 50);
    }
  }

  function show(control, onClick) {
    control.addEventListener("click", onClick);
    (control.closest("li") || control).hidden = false;
  }

  function shareToMastodon(block, event) {
    event.preventDefault();
    var data = block.dataset;
    var answer = remembered() || data.shareMastodonInstance || "";
    var host = "";
    // Asked again until the answer is a server name, or the reader cancels.
    while (!host) {
      answer = prompt(data.shareMastodonPrompt, answer);
      if (answer === null) {
        return;
      }
      host = serverName(answer);
    }
    remember(host);
    location.assign(
      "https://" + host + "/share?text=" + encodeURIComponent(data.shareText)
    );
  }

  function enhance(block) {
    var data = block.dataset;
    if (data.shareReady) {
      return; // the snippet may be on the page twice, with the script
    }
    data.shareReady = "yes";

    // A link when the site names a default server, else a button.
    block
      .querySelectorAll(
        '[data-share-network="mastodon"], [data-share-action="mastodon"]'
      )
      .forEach(function (control) {
        show(control, function (event) {
          shareToMastodon(block, event);
        });
      });

    var copy = block.querySelector('[data-share-action="copy"]');
    if (copy && navigator.clipboard && window.isSecureContext) {
      show(copy, function () {
        navigator.clipboard.writeText(data.shareUrl).then(
          function () {
            announce(block, data.shareCopied);
          },
          function () {
            announce(block, data.shareCopyFailed);
          }
        );
      });
    }

    var native = block.querySelector('[data-share-action="native"]');
    if (native && navigator.share) {
      show(native, function () {
        navigator
          .share({ title: data.shareTitle, url: data.shareUrl })
          .catch(function () {}); // the reader closed the sheet
      });
    }
  }

  function start() {
    document.querySelectorAll("[data-share-block]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
