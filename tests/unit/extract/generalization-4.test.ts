/**
 * Fourth round of structural rules, each with a fragment written like a real posting: a company
 * clause joined by ", so" to a demand, "is expected" as a firm demand, "is not optional", a
 * relative clause that mentions "send us", "Benefits include ..." prose, "What we're after:" and
 * "You probably have:" headings, a tool label inside a requirement list, "This is not a C role",
 * "N years of ... experience overall", and the networking / bioinformatics / GIS families.
 */
import { extractRequirements } from "@/lib/analysis/extract";

function kinds(text: string): Record<string, string> {
  return Object.fromEntries(extractRequirements(text).skills.map((s) => [s.id, s.kind]));
}

describe("paragraph demands", () => {
  test("a company clause joined by ', so' to a demand keeps the demanded skills as must", () => {
    const found = kinds(
      "Network Engineer. We automate what we can with Python, Ansible and NetBox, so a working knowledge of Python and Ansible is expected; experience with Batfish is nice to have.",
    );
    expect(found.python).toBe("must");
    expect(found.ansible).toBe("must");
    expect(found.netbox).toBe("preferred");
    expect(found.batfish).toBe("preferred");
  });

  test("'X or Y' keeps both options and vendor OS names stay networking", () => {
    const found = kinds(
      "We are looking for someone with deep, hands-on knowledge of BGP (route policy, RPKI route origin validation) and IS-IS or OSPF. You should be comfortable on Cisco IOS XR and Juniper Junos, and familiarity with Nokia SR OS would be a bonus.",
    );
    expect(found).toMatchObject({ bgp: "must", rpki: "must", "routing-policy": "must", "cisco-ios-xr": "must", "juniper-junos": "must", "nokia-sr-os": "preferred" });
    expect(found["augmented-and-virtual-reality"]).toBeUndefined();
  });

  test("'is not optional' is a must, not a preference", () => {
    const found = kinds("We're hiring a GIS developer. Knowledge of coordinate reference systems and projections is not optional; we have spent too many afternoons on datum shifts.");
    expect(found["coordinate-reference-systems"]).toBe("must");
  });

  test("'send us' inside a relative clause does not close the posting", () => {
    const found = kinds("It's a plus if you've worked with vector tiles or with ArcGIS Pro, which a few of our customers still send us files from.");
    expect(found["vector-tiles"]).toBe("preferred");
    expect(found.arcgis).toBe("preferred");
  });

  test("'Benefits include ...' prose is not a requirement", () => {
    const result = extractRequirements("Benefits include fully covered health insurance, a yearly team trip and a four-week sabbatical after three years.");
    expect(result.skills).toEqual([]);
  });

  test("'This is not a C role' drops C but keeps C++", () => {
    const found = kinds("Requirements:\n- Modern C++ (C++17 or later). This is not a C role, but you shouldn't be scared of pointers");
    expect(found["c-plus-plus"]).toBe("must");
    expect(found.c).toBeUndefined();
  });

  test("'N years of software engineering experience overall' is the general bar", () => {
    const result = extractRequirements("Requirements:\n• At least 6 years of software engineering experience overall\n• Clojure");
    expect(result.overallMinYears).toBe(6);
    expect(result.skills.map((s) => s.id)).not.toContain("software-engineering");
  });

  test("'... but this role is all Android' disclaims the stack named before it", () => {
    const found = kinds("Our iOS app is written in Swift and SwiftUI, but this role is all Android.\n\nRequirements:\n- Kotlin");
    expect(found.swift).toBeUndefined();
    expect(found.kotlin).toBe("must");
  });
});

describe("headings and labels", () => {
  test("'What we're after:' opens a requirement list", () => {
    const found = kinds("What we're after:\n- Python for tooling and glue, plus R for statistics and plotting (tidyverse, Bioconductor)\n- Docker or Singularity for reproducible pipelines");
    expect(found).toMatchObject({ python: "must", tidyverse: "must", bioconductor: "must", docker: "must", "singularity-containers": "must" });
  });

  test("'You probably have:' opens a requirement list", () => {
    const found = kinds("You probably have:\n- CUDA, and ideally Triton (the kernel language, not the server)\n- Quantization methods (AWQ, GPTQ)");
    expect(found.cuda).toBe("must");
    expect(found.awq).toBe("must");
  });

  test("a tool label inside a requirement list names required tools", () => {
    const found = kinds("## What you need\n\n- EDR tooling: CrowdStrike Falcon, Microsoft Defender for Endpoint or SentinelOne\n- Splunk (SPL)");
    expect(found.crowdstrike).toBe("must");
    expect(found["splunk-spl"]).toBe("must");
  });
});

describe("specialist families", () => {
  test.each([
    ["Requirements:\n- Experience with MPLS, including segment routing or LDP/RSVP-TE, and IPv6", ["segment-routing", "ldp", "rsvp-te", "ipv6"]],
    ["Requirements:\n- Read alignment, variant calling and the usual formats (FASTQ, BAM/CRAM, VCF)", ["sequence-alignment", "variant-calling", "genomic-file-formats"]],
    ["Nice to have:\n- Long-read data (Nanopore, PacBio)\n- Clinical genomics in a lab accredited under ISO 15189", ["long-read-sequencing", "oxford-nanopore", "pacbio", "clinical-genomics", "iso-15189"]],
    ["Requirements:\n- PostGIS (spatial indexes) and a plugin in PyQGIS\n- Cadastral data and vector tiles", ["spatial-indexing", "pyqgis", "cadastral-data", "vector-tiles"]],
    ["Requirements:\n- Multi-view geometry, camera calibration and stereo\n- Tracking with DeepSORT or ByteTrack; labelling in CVAT", ["multi-view-geometry", "camera-calibration", "stereo-vision", "deepsort", "bytetrack", "cvat"]],
    ["Requirements:\n- Governor limits, the Salesforce CLI and Aura components\n- Health Cloud or Service Cloud; Copado or Gearset", ["governor-limits", "salesforce-cli", "aura-components", "salesforce-health-cloud", "salesforce-service-cloud", "copado", "gearset"]],
    ["Bonus:\n- Datomic and Datalog\n- ClojureScript with re-frame", ["datomic", "datalog", "clojurescript", "re-frame"]],
    ["Requirements:\n- Network replication in Unreal, profiling with Unreal Insights\n- Motion Matching, Control Rig, behaviour trees and EQS", ["network-replication", "unreal-insights", "motion-matching", "control-rig", "behavior-trees", "environment-query-system"]],
  ])("%s", (text, ids) => {
    expect(Object.keys(kinds(text))).toEqual(expect.arrayContaining(ids));
  });

  test("ordinary words stay words without their context", () => {
    const found = (text: string) => extractRequirements(text).skills.map((s) => s.id);
    expect(found("Requirements:\n- Comfortable presenting financial projections to the board")).not.toContain("coordinate-reference-systems");
    expect(found("Requirements:\n- You enjoy the stereo setup in our office")).not.toContain("stereo-vision");
    expect(found("Requirements:\n- Martin will be your manager")).not.toContain("martin-tile-server");
    expect(found("Requirements:\n- Strong sense of workflow and ownership")).not.toContain("kotlin-flow");
  });
});
