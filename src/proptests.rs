//! Property tests of the parsers that take outside input: identifiers, cursors, URLs,
//! numbers in paths, and the way values are echoed. Bounded (a few hundred cases each) so
//! that CI stays quick; `PROPTEST_CASES` raises it for a longer hunt.

use proptest::prelude::*;

use crate::domain::{self, CompanyId};
use crate::messages::{shown, shown_at_most};

fn luhn_digit(body: &str) -> char {
    let sum: u32 = body
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).unwrap_or(0);
            if i % 2 == 0 {
                let d = d * 2;
                if d > 9 { d - 9 } else { d }
            } else {
                d
            }
        })
        .sum();
    char::from_digit((10 - sum % 10) % 10, 10).unwrap_or('0')
}

fn valid_siren() -> impl Strategy<Value = String> {
    "[1-9][0-9]{7}".prop_map(|body| format!("{body}{}", luhn_digit(&body)))
}

fn valid_siret() -> impl Strategy<Value = String> {
    (valid_siren(), "[0-9]{4}").prop_map(|(siren, nic)| {
        let body = format!("{siren}{nic}");
        format!("{body}{}", luhn_digit(&body))
    })
}

/// An identifier as people type it: groups split by spaces or dots.
fn typed(digits: String, seps: Vec<u8>) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && i % 3 == 0 {
            match seps.get(i / 3).copied().unwrap_or(0) % 3 {
                0 => out.push(' '),
                1 => out.push('.'),
                _ => {}
            }
        }
        out.push(c);
    }
    format!(" {out} ")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_input_is_an_identifier_or_a_clear_refusal(input in ".{0,40}") {
        match CompanyId::parse(&input) {
            Ok(id) => prop_assert!(matches!(id.digits().len(), 9 | 14)),
            Err(e) => {
                prop_assert_eq!(e.kind, crate::error::ErrorKind::Invalid);
                prop_assert!(!e.message.chars().any(char::is_control));
            }
        }
    }

    #[test]
    fn a_valid_siren_is_read_however_it_is_typed(siren in valid_siren(), seps in prop::collection::vec(any::<u8>(), 4)) {
        let id = CompanyId::parse(&typed(siren.clone(), seps)).unwrap();
        prop_assert_eq!(id.siren(), siren.as_str());
        prop_assert_eq!(id.siret(), None);
        prop_assert_eq!(crate::domain::ident::group(&siren).replace(' ', ""), siren);
    }

    #[test]
    fn a_valid_siret_names_its_siren(siret in valid_siret(), seps in prop::collection::vec(any::<u8>(), 5)) {
        let id = CompanyId::parse(&typed(siret.clone(), seps)).unwrap();
        prop_assert_eq!(id.siret(), Some(siret.as_str()));
        prop_assert_eq!(id.siren(), &siret[..9]);
    }

    #[test]
    fn one_wrong_digit_is_caught(siren in valid_siren(), at in 0usize..9, by in 1u32..10) {
        let mut digits: Vec<u32> = siren.chars().map(|c| c.to_digit(10).unwrap()).collect();
        digits[at] = (digits[at] + by) % 10;
        let changed: String = digits.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
        prop_assert!(CompanyId::parse(&changed).is_err());
    }

    #[test]
    fn an_echoed_value_is_short_and_inert(value in any::<String>(), max in 1usize..100) {
        let out = shown_at_most(&value, max);
        prop_assert!(out.chars().count() <= max * 8 + 1);
        prop_assert!(!out.chars().any(|c| c.is_control()));
        for c in ['\u{202e}', '\u{200b}', '\u{feff}', '\u{2066}'] {
            prop_assert!(!out.contains(c));
        }
        let plain: String = value.chars().filter(|c| c.is_alphanumeric()).take(5).collect();
        if value.chars().count() <= max && plain == value {
            prop_assert_eq!(shown(&value), value);
        }
    }

    #[test]
    fn a_cursor_reads_back_and_a_forged_one_is_refused(portfolio in 1i64..i64::MAX, name in ".{0,60}", siren in valid_siren(), junk in ".{0,80}") {
        let client = domain::Client {
            siren: siren.clone(),
            siret: None,
            name: name.clone(),
            portfolio,
            created_at: String::new(),
            vat_number: String::new(),
        };
        let cursor = domain::encode_cursor(&client);
        prop_assert_eq!(domain::decode_cursor(&cursor).unwrap(), (portfolio, name, siren));
        let _ = domain::decode_cursor(&junk);
    }

    #[test]
    fn smtp_urls_senders_and_emails_never_panic(s in ".{0,80}") {
        let _ = domain::validate_smtp_url(&s);
        let _ = crate::space::mail::validate_sender(&s);
        let _ = domain::validate_email(&s);
        let _ = domain::validate_login(&s);
    }

    #[test]
    fn plain_http_goes_to_this_machine_only(host in "[a-z0-9.-]{1,30}", port in 1u16..) {
        let url = format!("http://{host}:{port}/");
        if let Ok(u) = crate::space::remote::parse_url(&url) {
            let loopback = match u.host() {
                Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                Some(url::Host::Domain(d)) => d == "localhost",
                _ => false,
            };
            prop_assert!(loopback, "{}", url);
        }
    }
}
