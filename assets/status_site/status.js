// Ticket status page of Citizen Tribune. Works offline from any static host: the ticket typed (or
// taken from the URL fragment, which browsers never send to the server) is checked with its Damm
// digit, hashed with the site key (HMAC-SHA256, WebCrypto) and the one record of that name fetched.
// Words: words.js (qsTr, strings.json made at publish time from the Qt Linguist files status_*.ts).
"use strict";

const DAMM = [[0,3,1,7,5,9,8,6,4,2],[7,0,9,2,1,5,4,8,6,3],[4,2,0,6,8,7,1,3,5,9],[1,7,5,0,9,8,3,4,2,6],
  [6,1,2,3,0,4,5,9,7,8],[3,6,7,4,2,0,9,5,8,1],[5,8,6,9,7,2,0,1,3,4],[8,9,4,5,3,6,2,0,1,7],
  [9,4,3,8,6,1,7,2,0,5],[2,5,8,1,4,3,6,7,9,0]];
const LOCALES = {fa: "fa-IR-u-ca-persian", ar: "ar-u-ca-persian-nu-arab", en: "en-GB-u-ca-persian"};
const STAGE_ORDER = ["received", "review", "selected", "answered"];
let site = null;
let lastTicket = null;

function toLatinDigits(text) {
  return text.replace(/[\u06F0-\u06F9]/g, d => String(d.charCodeAt(0) - 0x06F0))
             .replace(/[\u0660-\u0669]/g, d => String(d.charCodeAt(0) - 0x0660));
}

function parseTicket(text) {
  const digits = toLatinDigits(text || "").replace(/[^0-9]/g, "");
  if (digits.length !== 8) return {error: "invalidLength"};
  let interim = 0;
  for (const ch of digits) interim = DAMM[interim][Number(ch)];
  if (interim !== 0) return {error: "invalidCheck"};
  return {ticket: digits.slice(0, 4) + "-" + digits.slice(4)};
}

function localDigits(text) {
  if (lang === "en") return text;
  const zero = lang === "fa" ? 0x06F0 : 0x0660;
  return text.replace(/[0-9]/g, d => String.fromCharCode(zero + Number(d)));
}

function showDate(iso) {
  // "Thursday 12 Azar 1405" / "پنجشنبه ۱۲ آذر ۱۴۰۵": built from parts, in the order a person reads it,
  // since Intl's own pattern for fa puts the weekday last and mixes a Latin comma into RTL text.
  const moment = iso.length > 10 ? new Date(iso) : new Date(iso + "T12:00:00");
  const options = {weekday: "long", year: "numeric", month: "long", day: "numeric"};
  const parts = {};
  for (const p of new Intl.DateTimeFormat(LOCALES[lang], options).formatToParts(moment)) parts[p.type] = p.value;
  return "\u2068" + [parts.weekday, parts.day, parts.month, parts.year].join(" ") + "\u2069";  // FSI … PDI
}

async function recordName(ticket) {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", hexBytes(site.key), {name: "HMAC", hash: "SHA-256"},
                                            false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, enc.encode("ticket:" + ticket)));
  const hex = Array.from(mac, b => b.toString(16).padStart(2, "0")).join("").slice(0, 32);
  return "r/" + hex.slice(0, 2) + "/" + hex + ".json";
}

function hexBytes(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}

function setText(id, text) { document.getElementById(id).textContent = text; }

function render(stage, draw, ticket, entry, message) {
  const w = words();
  const box = document.getElementById("ticketStatus");
  box.hidden = false;
  box.dataset.stage = stage;
  box.dataset.draw = draw;
  const heading = document.getElementById("statusHeading");
  heading.textContent = "";
  if (ticket) {
    const [before, after] = w.heading.split("%1");
    const code = document.createElement("span");
    code.className = "ticket";
    code.textContent = localDigits(ticket);
    heading.append(before, code, after || "");
  }
  const list = document.getElementById("stages");
  list.textContent = "";
  const minutes = document.getElementById("drawDetail");
  minutes.textContent = "";
  if (!entry) {
    setText("statusDetail", message);
    return;
  }
  const path = entry.stage === "not_selected" ? ["received", "review", "not_selected"] : STAGE_ORDER;
  const at = path.indexOf(entry.stage);
  path.forEach((name, i) => {
    const li = document.createElement("li");
    li.textContent = w[name];
    li.className = i < at ? "done" : (i === at ? "current" : "");
    list.append(li);
  });
  setText("statusDetail", detailText(entry, w));
  if (draw !== "none") {
    minutes.append({entered: w.drawEntered, winner: w.drawWinner, reserve: w.drawReserve}[draw]);
    if (entry.minutes) {
      const a = document.createElement("a");
      a.href = entry.minutes;
      a.id = "minutesLink";
      a.textContent = w.minutes;
      minutes.append(" ", a);
    }
  }
}

function detailText(entry, w) {
  if (entry.stage === "answered") return w.answeredText.replace("%1", showDate(entry.answered_at));
  if (entry.stage === "not_selected") return w[entry.reason] || w.not_selected;
  if (entry.stage === "selected" && entry.show) {
    let when = showDate(entry.show.date);
    if (entry.show.time) when = w.selectedAt.replace("%1", when).replace("%2", "\u2066" + localDigits(entry.show.time) + "\u2069");
    return w.selectedText.replace("%1", when);
  }
  if (entry.stage === "review") return w.reviewText;
  return w.receivedOn.replace("%1", showDate(entry.received));
}

async function lookUp(text) {
  const w = words();
  const parsed = parseTicket(text);
  if (parsed.error) return render("invalid", "none", null, null, w[parsed.error]);
  lastTicket = parsed.ticket;
  if (!window.crypto || !crypto.subtle) return render("invalid", "none", parsed.ticket, null, w.insecure);
  let response;
  try {
    response = await fetch(await recordName(parsed.ticket), {cache: "no-cache"});
  } catch (e) {
    return render("unknown", "none", parsed.ticket, null, w.offline);
  }
  if (response.status === 404 || response.status === 403) return render("unknown", "none", parsed.ticket, null, w.unknown);
  if (!response.ok) return render("unknown", "none", parsed.ticket, null, w.offline);
  const record = await response.json();
  const entry = record.entries[record.entries.length - 1];
  render(entry.stage, entry.draw || "none", parsed.ticket, entry, "");
}

function applyLanguage(next) {
  lang = next in LOCALES ? next : "fa";
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "en" ? "ltr" : "rtl";
  const w = words();
  document.title = w.title;
  setText("title", w.title);
  setText("intro", w.intro);
  setText("ticketLabel", w.label);
  setText("lookupButton", w.button);
  setText("privacy", w.privacy);
  document.querySelectorAll("#languages button").forEach(b => b.setAttribute("aria-pressed", String(b.dataset.lang === lang)));
  try { localStorage.setItem("lang", lang); } catch (e) { /* private mode */ }
  const input = document.getElementById("ticketInput");
  if (input.value || lastTicket) lookUp(input.value || lastTicket);
}

async function start() {
  [strings, site] = await Promise.all([fetch("strings.json").then(r => r.json()), fetch("site.json").then(r => r.json())]);
  const params = new URLSearchParams(location.search);
  let stored = null;
  try { stored = localStorage.getItem("lang"); } catch (e) { /* private mode */ }
  applyLanguage(params.get("lang") || stored || "fa");
  document.querySelectorAll("#languages button").forEach(b => b.addEventListener("click", () => applyLanguage(b.dataset.lang)));
  document.getElementById("lookup").addEventListener("submit", event => {
    event.preventDefault();
    const value = document.getElementById("ticketInput").value;
    history.replaceState(null, "", "#" + toLatinDigits(value).replace(/[^0-9-]/g, ""));
    lookUp(value);
  });
  const fromUrl = decodeURIComponent(location.hash.slice(1));
  if (fromUrl) {
    document.getElementById("ticketInput").value = fromUrl;
    lookUp(fromUrl);
  }
  window.addEventListener("hashchange", () => {
    const value = decodeURIComponent(location.hash.slice(1));
    document.getElementById("ticketInput").value = value;
    lookUp(value);
  });
}

start();
