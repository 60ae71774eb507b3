/* sitegen self-check: lets a student tick an option or type a number in a machine-gradable
   practice part and see whether it is right, in the browser, offline. Progressive enhancement:
   without it the page still reads, and the solution stays behind its toggle. */
(function () {
  "use strict";
  /* A reader for one answer: options to tick (letters:B,C) or a number to type (range:lo:hi).
     It returns null while nothing is answered, else whether the answer is right. */
  function reader(check, holder, options, multiple, name, label) {
    if (check[0] === "letters") {
      var boxes = [];
      Array.prototype.forEach.call(options, function (option) {
        var input = document.createElement("input");
        input.type = multiple ? "checkbox" : "radio";
        input.name = name;
        input.value = option.getAttribute("data-letter");
        input.setAttribute("aria-label", option.getAttribute("data-letter"));
        var box = option.querySelector(".box");
        if (box) box.hidden = true;
        option.insertBefore(input, option.firstChild);
        boxes.push(input);
      });
      var wanted = check[1].split(",").sort().join(",");
      return function () {
        var chosen = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
        if (chosen.length === 0) return null;
        return chosen.sort().join(",") === wanted;
      };
    }
    if (check[0] === "range") {
      var low = parseFloat(check[1]), high = parseFloat(check[2]);
      var field = document.createElement("input");
      field.type = "text";
      field.inputMode = "decimal";
      field.className = "number-input";
      field.setAttribute("aria-label", label);
      var place = holder.querySelector(".number-box, .blank-box");
      if (place) place.replaceWith(field); else holder.appendChild(field);
      return function () {
        var text = field.value.trim().replace(",", ".");
        if (text === "") return null;
        var x = Number(text);
        if (!isFinite(x)) return false;
        var slack = 1e-9 * Math.max(1, Math.abs(low), Math.abs(high));
        return x >= low - slack && x <= high + slack;
      };
    }
    return null;
  }

  var parts = document.querySelectorAll(".gradable[data-check]");
  Array.prototype.forEach.call(parts, function (part, index) {
    var check = part.getAttribute("data-check").split(":");
    var kind = part.getAttribute("data-kind");
    var name = "self-check-" + index;
    var label = part.getAttribute("data-label-number") || "answer";
    var read;
    if (check[0] === "blanks") {
      /* A cloze: its blanks sit in the question just before this part's answer block. */
      var blanks = part.parentNode ? part.parentNode.querySelectorAll(".blank[data-check]") : [];
      var readers = [];
      Array.prototype.forEach.call(blanks, function (blank, at) {
        var one = reader(blank.getAttribute("data-check").split(":"), blank, blank.querySelectorAll(".blank-option"),
                         false, name + "-" + at, label + " (" + blank.getAttribute("data-blank") + ")");
        if (one) readers.push({ blank: blank, read: one });
      });
      if (readers.length === 0) return;
      read = function () {
        var answered = false, right = true;
        readers.forEach(function (r) {
          var verdict = r.read();
          r.blank.classList.remove("right", "wrong");
          if (verdict === null) { right = false; return; }
          answered = true;
          if (!verdict) right = false;
          r.blank.classList.add(verdict ? "right" : "wrong");
        });
        return answered ? right : null;
      };
    } else {
      read = reader(check, part, part.querySelectorAll(".option"), kind === "multiple-choice", name, label);
      if (!read) return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "check-button";
    button.textContent = part.getAttribute("data-label-check") || "Check";
    var result = document.createElement("p");
    result.className = "check-result";
    result.setAttribute("role", "status");
    button.addEventListener("click", function () {
      var right = read();
      if (right === null) { result.textContent = ""; return; }
      var tolerance = part.getAttribute("data-tolerance");
      result.textContent = (right ? part.getAttribute("data-label-right") : part.getAttribute("data-label-wrong"))
        + (tolerance ? " (" + tolerance + ")" : "");
      result.className = "check-result " + (right ? "right" : "wrong");
    });
    var solution = part.querySelector("details.solution");
    part.insertBefore(button, solution);
    part.insertBefore(result, solution);
  });
})();
