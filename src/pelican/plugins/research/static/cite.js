/* research: "Copy" buttons for the citations of "Cite this".
 *
 * Every citation is plain text on the page, to select and copy by hand
 * without this script. Where the browser lets a page write to the
 * clipboard, it shows each style's "Copy" button (they come `hidden`) and
 * says when the citation is copied. No inline script or style; nothing is
 * fetched.
 */
(function () {
  "use strict";

  function announce(block, message) {
    var status = block.querySelector(".masthead-cite__status");
    if (status) {
      // Emptied first, so saying the same thing twice is announced twice.
      status.textContent = "";
      setTimeout(function () {
        status.textContent = message;
      }, 50);
    }
  }

  function citationText(block, id) {
    var element = block.querySelector("#" + id);
    return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function enhance(block) {
    var data = block.dataset;
    if (data.citeReady) {
      return; // the snippet may be on the page twice, with the script
    }
    data.citeReady = "yes";
    block.querySelectorAll("[data-cite-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        var text = citationText(block, button.getAttribute("data-cite-copy"));
        navigator.clipboard.writeText(text).then(
          function () {
            announce(block, data.citeCopied);
          },
          function () {
            announce(block, data.citeCopyFailed);
          }
        );
      });
      button.hidden = false;
    });
  }

  function start() {
    if (!navigator.clipboard || !window.isSecureContext) {
      return;
    }
    document.querySelectorAll("[data-cite-block]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
