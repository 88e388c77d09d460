namespace Storyline.Web;

internal static partial class StaticAssets
{
    // Builds the tooltip from nodes already on the page (cloned, never parsed from strings), so no article text becomes markup.
    public const string Script = """
        "use strict";
        (function () {
          function factItem(mark) {
            var id = mark.getAttribute("data-fact");
            return id ? document.getElementById(id) : null;
          }
          function showTip(mark) {
            var item = factItem(mark);
            var figure = mark.closest("figure");
            if (!item || !figure) return;
            hideTip(figure);
            var tip = document.createElement("div");
            tip.className = "fact-tip";
            tip.setAttribute("role", "tooltip");
            Array.prototype.forEach.call(item.childNodes, function (n) { tip.appendChild(n.cloneNode(true)); });
            figure.appendChild(tip);
            var box = mark.getBoundingClientRect(), outer = figure.getBoundingClientRect();
            tip.style.left = Math.max(0, Math.min(box.left - outer.left, outer.width - tip.offsetWidth)) + "px";
            tip.style.top = (box.bottom - outer.top + 6) + "px";
          }
          function hideTip(figure) {
            var old = figure.querySelector(".fact-tip");
            if (old) old.remove();
          }
          function select(mark) {
            document.querySelectorAll(".fact-mark.selected, .timeline-list li.selected").forEach(function (n) { n.classList.remove("selected"); });
            var item = factItem(mark);
            mark.classList.add("selected");
            if (item) { item.classList.add("selected"); }
          }
          document.addEventListener("DOMContentLoaded", function () {
            document.querySelectorAll("svg .fact-mark").forEach(function (mark) {
              mark.addEventListener("mouseenter", function () { showTip(mark); });
              mark.addEventListener("focus", function () { showTip(mark); });
              mark.addEventListener("mouseleave", function () { hideTip(mark.closest("figure")); });
              mark.addEventListener("blur", function () { hideTip(mark.closest("figure")); });
              mark.addEventListener("click", function () { select(mark); });
            });
          });
        })();
        """;
}
