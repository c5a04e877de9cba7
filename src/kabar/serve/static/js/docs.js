/* Swagger UI for /docs, served locally (no CDN, no inline script). */
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  if (typeof window.SwaggerUIBundle === "undefined") { return; }
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger", deepLinking: true });
});
