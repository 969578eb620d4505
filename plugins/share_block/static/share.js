/* share_block: what plain links cannot do.
 *
 * Every share link works without this script. It adds three things, each
 * only where the browser can do it: "Copy link", the device's own share
 * sheet, and sharing to the reader's own Mastodon server. The buttons are in
 * the page with the `hidden` attribute, so readers without JavaScript never
 * see one that does nothing. No inline script or style is needed, so a strict
 * Content-Security-Policy works. Nothing is fetched from anywhere.
 */
(function () {
  "use strict";

  var STORAGE_KEY = "masthead-mastodon-server";
  var HOST = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(:\d{1,5})?$/i;

  function remembered() {
    try {
      return window.localStorage.getItem(STORAGE_KEY) || "";
    } catch (error) {
      return ""; // storage refused (private mode, blocked cookies)
    }
  }

  function remember(host) {
    try {
      window.localStorage.setItem(STORAGE_KEY, host);
    } catch (error) {
      /* not remembered; the reader is asked again next time */
    }
  }

  // "https://example.social/@me", "@me@example.social" -> "example.social"
  function serverName(answer) {
    var text = answer.trim().replace(/^[a-z]+:\/\//i, "");
    text = text.split("/")[0];
    text = text.slice(text.lastIndexOf("@") + 1);
    return HOST.test(text) ? text.toLowerCase() : "";
  }

  function announce(block, message) {
    var status = block.querySelector(".share-status");
    if (!status) {
      return;
    }
    // Emptied first, so saying the same thing twice is announced twice.
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  function reveal(button) {
    var item = button.closest("li") || button;
    item.hidden = false;
  }

  function shareToMastodon(block, event) {
    event.preventDefault();
    var answer = remembered() || block.dataset.shareMastodonInstance || "";
    var host = "";
    // Asked again until the answer is a server name, or the reader cancels.
    while (!host) {
      answer = window.prompt(block.dataset.shareMastodonPrompt, answer);
      if (answer === null) {
        return;
      }
      host = serverName(answer);
    }
    remember(host);
    window.location.assign(
      "https://" + host + "/share?text=" +
        encodeURIComponent(block.dataset.shareText)
    );
  }

  function copyLink(block) {
    navigator.clipboard.writeText(block.dataset.shareUrl).then(
      function () {
        announce(block, block.dataset.shareCopied);
      },
      function () {
        announce(block, block.dataset.shareCopyFailed);
      }
    );
  }

  function openShareSheet(block) {
    navigator
      .share({ title: block.dataset.shareTitle, url: block.dataset.shareUrl })
      .catch(function () {
        /* the reader closed the sheet */
      });
  }

  function enhance(block) {
    if (block.dataset.shareReady) {
      return; // the snippet may be on the page twice, with the script
    }
    block.dataset.shareReady = "yes";

    var mastodon = block.querySelectorAll(
      '[data-share-network="mastodon"], [data-share-action="mastodon"]'
    );
    Array.prototype.forEach.call(mastodon, function (control) {
      control.addEventListener("click", function (event) {
        shareToMastodon(block, event);
      });
      reveal(control);
    });

    var copy = block.querySelector('[data-share-action="copy"]');
    if (copy && navigator.clipboard && window.isSecureContext) {
      copy.addEventListener("click", function () {
        copyLink(block);
      });
      reveal(copy);
    }

    var native = block.querySelector('[data-share-action="native"]');
    if (native && typeof navigator.share === "function") {
      native.addEventListener("click", function () {
        openShareSheet(block);
      });
      reveal(native);
    }
  }

  function start() {
    var blocks = document.querySelectorAll("[data-share-block]");
    Array.prototype.forEach.call(blocks, enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
