// A photo opens large in place; a click on the large photo toggles its full size (the original) for close looks.
(function () {
  var viewer = document.getElementById("viewer"), img = document.getElementById("viewer-img");
  if (!viewer) return;
  document.querySelectorAll("a.zoom").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      img.src = link.dataset.review;
      img.dataset.original = link.href;
      img.classList.remove("full");
      viewer.hidden = false;
    });
  });
  img.addEventListener("click", function () {
    if (!img.classList.contains("full")) { img.src = img.dataset.original; }
    img.classList.toggle("full");
  });
  document.getElementById("viewer-close").addEventListener("click", function () { viewer.hidden = true; });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") viewer.hidden = true; });
})();
