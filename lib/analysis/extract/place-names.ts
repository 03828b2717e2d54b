/**
 * Places that stand in lists of a posting ("(Poland/UK/Ireland, Remote)", "Zurich, Berlin or
 * London") and are never skills: long-tail terms (long-tail.ts) skip them. One word each, lower
 * case; a multi-word place is caught by one of its words ("san" francisco, "tel" aviv).
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  // regions
  "latam", "americas", "asia", "africa", "oceania", "mena", "dach", "nordics", "benelux", "cet", "cest", "est", "pst", "pt", "et",
  // countries
  "poland", "romania", "ireland", "india", "brazil", "mexico", "argentina", "colombia", "chile", "peru", "uruguay", "spain",
  "portugal", "france", "netherlands", "belgium", "luxembourg", "sweden", "norway", "denmark", "finland", "iceland",
  "switzerland", "austria", "italy", "greece", "israel", "japan", "singapore", "australia", "ukraine", "estonia", "latvia",
  "lithuania", "czechia", "slovakia", "hungary", "bulgaria", "serbia", "croatia", "slovenia", "turkey", "nigeria", "kenya",
  "egypt", "pakistan", "vietnam", "philippines", "indonesia", "malaysia", "thailand", "korea", "china", "taiwan", "zealand",
  "scotland", "wales", "england",
  // US state codes and city words that stand in header lists ("San Francisco, CA", "New York, NY", "Bay Area")
  "ca", "ny", "tx", "wa", "ma", "york", "bay",
  // cities
  "paris", "amsterdam", "zurich", "munich", "hamburg", "dublin", "toronto", "vancouver", "montreal", "seattle", "boston",
  "austin", "chicago", "denver", "san", "tel", "tokyo", "bangalore", "bengaluru", "stockholm", "copenhagen", "oslo",
  "helsinki", "madrid", "barcelona", "lisbon", "warsaw", "krakow", "prague", "vienna", "budapest", "bucharest", "athens",
  "milan", "rome", "brussels", "geneva", "atlanta", "miami", "dallas", "houston", "philadelphia", "pittsburgh", "portland",
  "sydney", "melbourne", "auckland", "dubai", "cambridge", "oxford", "manchester", "edinburgh", "bristol", "zürich", "münchen",
]);
