// The HTTP server: cpp-httplib (Debian's libcpp-httplib-dev) accepts
// connections and runs requests on its pool of worker threads; every request
// is answered by AnswerRequest.  Only this file includes httplib.h.
#include <arpa/inet.h>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "base/text.h"
#include "rerate/serve.h"

namespace rerate {

bool IsLoopbackHost(const std::string& host) {
  const std::string name = Lower(host);
  if (name == "localhost" || name == "::1" || name == "[::1]") return true;
  in_addr address{};
  if (inet_pton(AF_INET, name.c_str(), &address) != 1) return false;
  return (ntohl(address.s_addr) >> 24) == 127;
}

namespace {

// The host name of a Host header: "127.0.0.1:8080" -> "127.0.0.1", "[::1]:80" -> "[::1]".
std::string HostName(const std::string& header) {
  if (!header.empty() && header.front() == '[') return header.substr(0, header.find(']') + 1);
  return header.substr(0, header.find(':'));
}

const char* StatusText(int status) {
  switch (status) {
    case 400: return "bad request";
    case 403: return "forbidden";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "the request body is larger than 1 MiB";
    case 414: return "the request line is too long";
    default: return "the request could not be answered";
  }
}

void SetAnswer(const ApiAnswer& answer, httplib::Response& res) {
  res.status = answer.status;
  res.set_content(answer.body, answer.content_type.c_str());
  if (!answer.allow.empty()) res.set_header("Allow", answer.allow);
  if (!answer.filename.empty()) res.set_header("Content-Disposition", "attachment; filename=\"" + answer.filename + "\"");
}

}  // namespace

struct Server::Impl {
  explicit Impl(const Catalog& served) : catalog(served) {}

  void Answer(const httplib::Request& req, httplib::Response& res) const {
    ApiRequest request{req.method, req.path, "", req.body};
    // The API takes one parameter, format=, in the URL (req.params also holds
    // a form-encoded body's fields); the page's own links may carry others.
    httplib::Params query;
    const size_t mark = req.target.find('?');
    if (req.path.rfind("/api/", 0) == 0 && mark != std::string::npos) {
      httplib::detail::parse_query_text(req.target.substr(mark + 1), query);
    }
    for (const auto& [name, value] : query) {
      if (name != "format" || query.count("format") != 1) {
        SetAnswer(ApiAnswer{400, "application/json; charset=utf-8",
                            ErrorJson("unexpected query parameter \"" + name + "\" (the API takes one format=)"),
                            "", ""},
                  res);
        return;
      }
      request.format = value;
    }
    SetAnswer(AnswerRequest(catalog, request), res);
  }

  const Catalog& catalog;
  httplib::Server http;
  bool loopback_only = true;
  // Stop() may come before Listen() has started listening: each side looks
  // at the other's flag after setting its own, so one of them sees it.
  std::atomic<bool> listen_called{false};
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> listen_returned{false};
};

Server::Server(const Catalog& catalog) : impl_(std::make_unique<Impl>(catalog)) {
  httplib::Server& http = impl_->http;
  http.set_payload_max_length(kMaxBody);
  // SO_REUSEADDR only: the library's default adds SO_REUSEPORT, which would
  // let a second server bind the same port and take half of its requests.
  http.set_socket_options([](socket_t sock) {
    const int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                            {"Content-Security-Policy", "default-src 'self'; img-src 'self' data:"},
                            {"Referrer-Policy", "no-referrer"},
                            {"Cache-Control", "no-store"}});
  const auto answer = [impl = impl_.get()](const httplib::Request& req, httplib::Response& res) { impl->Answer(req, res); };
  http.Get(".*", answer).Post(".*", answer).Put(".*", answer).Patch(".*", answer).Delete(".*", answer).Options(".*", answer);
  // A page elsewhere that gets a browser to send requests here under another
  // name (DNS rebinding) is refused: on loopback, the Host must be loopback.
  http.set_pre_routing_handler([impl = impl_.get()](const httplib::Request& req, httplib::Response& res) {
    if (!impl->loopback_only || IsLoopbackHost(HostName(req.get_header_value("Host")))) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    SetAnswer(ApiAnswer{403, "application/json; charset=utf-8",
                        ErrorJson("this server answers requests to its loopback address only"), "", ""},
              res);
    return httplib::Server::HandlerResponse::Handled;
  });
  // What the library refuses itself (413, a malformed request) gets a JSON body too.
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        res.set_content(ErrorJson(StatusText(res.status)), "application/json; charset=utf-8");
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    SetAnswer(ApiAnswer{500, "application/json; charset=utf-8", ErrorJson("internal error (a bug in rerate)"), "", ""}, res);
  });
}

Server::~Server() = default;

Result<int> Server::Bind(const std::string& host, int port) {
  impl_->loopback_only = IsLoopbackHost(host);
  const int bound = port == 0 ? impl_->http.bind_to_any_port(host) : (impl_->http.bind_to_port(host, port) ? port : -1);
  if (bound < 0) {
    return Error{{}, "cannot listen on " + host + " port " + std::to_string(port) +
                         " (is the port in use, or the host not an address of this machine?)"};
  }
  return bound;
}

bool Server::Listen() {
  impl_->listen_called = true;
  const bool listened = impl_->stop_requested || impl_->http.listen_after_bind();
  impl_->listen_returned = true;
  return listened;
}

void Server::Stop() {
  impl_->stop_requested = true;
  if (!impl_->listen_called) return;
  while (!impl_->http.is_running() && !impl_->listen_returned) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  impl_->http.stop();
}

}  // namespace rerate
