// The what-if workbench: `rerate serve` answers HTTP requests for a page in
// the browser with the same library calls as `rate`, `whatif` and `target`
// (every JSON answer byte-identical to the command's --format json), and
// `rate --format html` writes the same view as one self-contained file.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rerate/evaluate.h"
#include "rerate/evidence.h"
#include "rerate/render.h"
#include "rerate/result.h"

namespace rerate {

// One inspection the server offers, loaded once at start and never changed:
// each request works on its own copy of the evidence (RunWhatIf and
// RunTarget copy it), and the methodology is immutable and shared.
struct ServedInspection {
  std::string id;  // the file name without .yaml: the only name a request uses
  Evidence evidence;
  Evaluation evaluation;  // as `rate` gives it
};

struct Catalog {
  std::vector<ServedInspection> inspections;  // in the order the files were given

  const ServedInspection* Find(const std::string& id) const;
};

// Loads every inspection of `paths` (files, or folders of *.yaml as `rate`
// reads them).  One that fails to load, breaks a rule of its methodology (as
// `rate` refuses it) or repeats an id already taken is left out and its
// errors are returned, for the program to print as `rate` does.
struct CatalogLoad {
  Catalog catalog;
  std::vector<Error> errors;
};
CatalogLoad LoadCatalog(const std::vector<std::string>& paths, const std::vector<std::string>& rules_dirs,
                        const std::string& rules_override);

// A request as the workbench sees it: no file on disk is ever named in one.
struct ApiRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // "/api/inspections/blackburn-with-darwen-2023/whatif"
  std::string format;  // the ?format= parameter; empty for the default
  std::string body;
};

struct ApiAnswer {
  int status = 200;
  std::string content_type;
  std::string body;
  std::string allow;     // with 405: the methods the path takes
  std::string filename;  // a download's name, when the answer is a file
};

// Maps one request to its answer: the page and its files, and the JSON API
// (README, "rerate serve").  Bad input is an answer (400 with
// {"error": ...}, 404 for an unknown path, 405 for a wrong method), never an
// exception.  Safe to call from many threads at once.
ApiAnswer AnswerRequest(const Catalog& catalog, const ApiRequest& request);

// The body of an error answer: {"error": message}.
std::string ErrorJson(const std::string& message);

// The HTTP server over AnswerRequest, on a pool of worker threads.  Bodies
// over kMaxBody are refused with 413 before they are read.
constexpr size_t kMaxBody = 1 << 20;

class Server {
 public:
  explicit Server(const Catalog& catalog);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds host:port (port 0: any free port); returns the port bound.
  Result<int> Bind(const std::string& host, int port);
  // Serves until Stop(); false when the server could not listen.
  bool Listen();
  // Stops listening, lets the requests being answered finish, and makes
  // Listen() return.  Safe from another thread.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Whether `host` is a loopback address (127.0.0.0/8, ::1, localhost): on any
// other the program warns that anyone who can reach the port sees the case data.
bool IsLoopbackHost(const std::string& host);

// `rate --format html`: one self-contained page (inline styles, no script
// needed to read it): per inspection the ratings, the key-question chart
// against the methodology's band edges, the rules that changed something;
// several inspections get a summary.
std::string RenderRateHtml(const std::vector<RateOutput>& outputs);

// The same page written one inspection at a time, as RateManyWriter writes
// rate's other formats: RenderRateHtmlPart (pure: any thread may call it)
// renders one inspection, the writer joins the parts in order.
RatePart RenderRateHtmlPart(const RateOutput& output);

class RateHtmlWriter {
 public:
  // The text to write for the next inspection (the page's head first).
  std::string Add(RatePart part);
  // The summary and the end of the page; "" when nothing was added.
  std::string Finish() const;

 private:
  std::vector<RateSummaryRow> rows_;
};

}  // namespace rerate
