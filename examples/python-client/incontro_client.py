#!/usr/bin/env python3
"""A job centre's client of `incontro serve`, in Python with only the standard library.

It knows no URL of the service except /openapi.json: every call is looked up there by its operationId
(anonymizeCv, neutralizeVacancy, candidatesForVacancy, ...), so it follows the service's own contract.

    export INCONTRO_URL=http://127.0.0.1:8080 INCONTRO_API_KEY=...
    python3 incontro_client.py --cvs ../data/cvs --vacancy ../data/vacancies/07-en-ict-software-developer.txt --top 3

It anonymizes and stores every CV of a folder, stores the vacancy, and prints the ranked candidates as JSON
Lines (pseudonymous id, score, score components). Only neutral records cross the wire back; the CV files
stay where they are, and nothing here prints CV text.
"""
import argparse
import json
import os
import pathlib
import sys
import urllib.error
import urllib.parse
import urllib.request


class IncontroServiceError(Exception):
    """An error answer of the service: HTTP status and the library's typed error code."""

    def __init__(self, status, code, message):
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code


class IncontroClient:
    """Calls the operations of an Incontro service by operationId, as its OpenAPI document describes them."""

    def __init__(self, base_url, api_key=None, timeout=60):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout
        self.document = self._request("GET", "/openapi.json")
        if not str(self.document.get("openapi", "")).startswith("3."):
            raise ValueError("the service did not answer with an OpenAPI 3 document")
        self.operations = {}
        for path, item in self.document.get("paths", {}).items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    self.operations[operation["operationId"]] = (method.upper(), path, operation)

    def _request(self, method, path, body=None, query=None):
        url = self.base_url + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self.api_key:
            request.add_header("Authorization", "Bearer " + self.api_key)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read().decode("utf-8") or "null")
        except urllib.error.HTTPError as error:
            try:
                payload = json.loads(error.read().decode("utf-8"))
            except ValueError:
                payload = {}
            raise IncontroServiceError(error.code, payload.get("code", "HTTP_ERROR"), payload.get("message", error.reason)) from None

    def call(self, operation_id, body=None, query=None, **path_params):
        """Calls one operation of the OpenAPI document; path parameters are given as keyword arguments."""
        if operation_id not in self.operations:
            raise KeyError(f"the service has no operation {operation_id!r}; it has {sorted(self.operations)}")
        method, path, _ = self.operations[operation_id]
        for name, value in path_params.items():
            path = path.replace("{" + name + "}", urllib.parse.quote(str(value), safe=""))
        return self._request(method, path, body, query)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("INCONTRO_URL", "http://127.0.0.1:8080"))
    parser.add_argument("--cvs", required=True, type=pathlib.Path, help="folder of CVs (text, HTML, JSON Resume, Europass XML)")
    parser.add_argument("--vacancy", required=True, type=pathlib.Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)
    client = IncontroClient(args.url, os.environ.get("INCONTRO_API_KEY"))

    health = client.call("health")
    print(json.dumps({"health": health.get("status")}), file=sys.stderr)
    failures = 0
    for path in sorted(p for p in args.cvs.iterdir() if p.is_file()):
        try:
            answer = client.call("anonymizeCv", {"text": path.read_text("utf-8"), "sourceId": path.name}, {"store": "true"})
            print(json.dumps({"file": path.name, "profileId": answer["profile"]["id"]}), file=sys.stderr)
        except (IncontroServiceError, UnicodeDecodeError) as error:
            # One bad file does not stop the batch: it is reported by name and code, and the exit code says so.
            failures += 1
            print(json.dumps({"file": path.name, "error": getattr(error, "code", "NOT_UTF8")}), file=sys.stderr)
    vacancy = client.call("neutralizeVacancy", {"text": args.vacancy.read_text("utf-8"), "sourceId": args.vacancy.name}, {"store": "true"})["vacancy"]
    ranked = client.call("candidatesForVacancy", {"vacancyId": vacancy["id"], "k": args.top})
    for rank, result in enumerate(ranked["results"], start=1):
        components = {c["name"]: round(c["contribution"], 4) for c in result["components"]}
        print(json.dumps({"rank": rank, "profileId": result["profileId"], "score": round(result["score"], 4), "components": components}))
    return 3 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
