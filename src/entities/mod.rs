//! Entities found in text: names of people, places and organizations (tagged by `ner`,
//! linked across spellings and documents by `link`), and values (`values`: dates, times,
//! numbers, money, percentages, quantities).

pub mod aliases;
pub mod link;
pub mod values;
