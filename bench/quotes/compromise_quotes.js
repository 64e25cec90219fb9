// The peer: compromise (npm) doing people + a quote pass over the same articles as bench_quotes.
// People: doc.people(). Quotes: the text between quotation marks (doc.quotations()) plus a
// speech-verb rule for reported speech (a person or pronoun followed by a verb of saying).
// Prints the same line as bench_quotes (CPU seconds of the fastest round).
const fs = require("fs");
const nlp = require("compromise");
const [input, roundsArg] = process.argv.slice(2);
const rounds = Math.max(1, parseInt(roundsArg || "1", 10));
const articles = fs.readFileSync(input, "utf8").split("\n=====\n").map(a => a.split("\n").filter(l => l));
let bytes = 0;
for (const a of articles) for (const p of a) bytes += Buffer.byteLength(p, "utf8");
const verbs = "(said|says|told|added|stressed|noted|claimed|warned|accused|stated|insisted|argued|explained)";
let best = Infinity, people = 0, quotes = 0;
for (let r = 0; r < rounds; ++r) {
  people = quotes = 0;
  const start = process.cpuUsage();
  for (const a of articles) {
    const doc = nlp(a.join("\n"));
    people += doc.people().out("array").length;
    quotes += doc.quotations().out("array").length;
    quotes += doc.match(`(#Person+|#Pronoun) ${verbs}`).out("array").length;
  }
  const used = process.cpuUsage(start); // CPU time, as bench_quotes measures
  const took = (used.user + used.system) / 1e6;
  best = Math.min(best, took);
}
console.log(`bytes ${bytes} seconds ${best.toFixed(3)} mb_per_s ${(bytes / best / 1e6).toFixed(2)} ` +
            `articles ${articles.length} people ${people} quotes ${quotes}`);
