import XCTest

@testable import ReportLintCore

/// Vectors for the redaction validators. The valid identifiers are generated (checksums computed
/// with the algorithms of GB 11643, GB 32100 and ISO/IEC 7812, and cross-checked with python-stdnum's
/// cn.ric, cn.uscc and luhn modules); they belong to nobody.
final class ValidatorTests: XCTestCase {

  // MARK: - ChineseIDCardValidator

  func testIDCardAcceptsValidNumbers() {
    let valid = [
      "610404199102086469", "610481199510025916", "230231199207022274", "110105195709281379",
      "320322199803045967", "420602199111073822", "510107199101202113", "440305198611184387",
      "370202198406102554", "622926196612252506", "150105198606244605", "650102198707067766",
      "130133199308198176", "612301198402270965",
      "61040219870402089X", "11010519820617126X", "44030519920613628X", "61048119970812627X",
      // the stdnum doctest vector
      "360426199101010071",
      // 29 February of a leap year, and of 2000 (divisible by 400)
      "110105200002290187",
    ]
    for number in valid {
      XCTAssertTrue(ChineseIDCardValidator.isValid(Substring(number)), number)
    }
  }

  func testIDCardAcceptsLowercaseX() {
    XCTAssertTrue(ChineseIDCardValidator.isValid("61040219870402089x"))
  }

  func testIDCardRejectsWrongCheckCharacter() {
    XCTAssertFalse(ChineseIDCardValidator.isValid("610404199102086468"))
    XCTAssertFalse(ChineseIDCardValidator.isValid("610404199102086460"))
    XCTAssertFalse(ChineseIDCardValidator.isValid("61040419910208646X"))
    XCTAssertFalse(ChineseIDCardValidator.isValid("610402198704020891"))  // X expected
    XCTAssertFalse(ChineseIDCardValidator.isValid("360426199101010070"))
  }

  func testIDCardRejectsSwappedDigits() {
    // swapping two digits of a valid number breaks the weighted sum
    XCTAssertFalse(ChineseIDCardValidator.isValid("610404199102084669"))
  }

  func testIDCardRejectsImpossibleDates() {
    // each gets the correct check character for its first 17 digits, so only the date is wrong
    for first17 in [
      "61040419910230123",  // 30 February
      "61040419900229123",  // 29 February of a common year
      "61040419000229123",  // 1900 is not a leap year
      "61040419911301123",  // month 13
      "61040419910000123",  // month 00
      "61040419910100123",  // day 00
      "61040419910431123",  // 31 April
      "61040419910132123",  // 32 January
      "61040418991231123",  // before 1900
      "61040421000101123",  // 2100
    ] {
      let check = ChineseIDCardValidator.checkCharacter(for: Substring(first17))!
      let number = first17 + String(check)
      XCTAssertFalse(ChineseIDCardValidator.isValid(Substring(number)), number)
    }
    for first17 in ["61040419001229123", "61040420991231123", "61040419960229123"] {
      let check = ChineseIDCardValidator.checkCharacter(for: Substring(first17))!
      XCTAssertTrue(ChineseIDCardValidator.isValid(Substring(first17 + String(check))), first17)
    }
  }

  func testIDCardRejectsBadRegions() {
    for first17 in [
      "01040419910208646",  // region starts with 0
      "91040419910208646",  // 9: foreign permanent-resident numbers, not resident IDs
      "10040419910208646",  // 10 is no province
      "39040419910208646",  // 39 is no province
      "72040419910208646",  // 72 is no province
    ] {
      let check = ChineseIDCardValidator.checkCharacter(for: Substring(first17))!
      XCTAssertFalse(ChineseIDCardValidator.isValid(Substring(first17 + String(check))), first17)
    }
    // 83: residence permits of Taiwan residents
    let permit = "83000019900101123"
    let check = ChineseIDCardValidator.checkCharacter(for: Substring(permit))!
    XCTAssertTrue(ChineseIDCardValidator.isValid(Substring(permit + String(check))))
  }

  func testIDCardRejectsWrongLengthAndCharacters() {
    XCTAssertFalse(ChineseIDCardValidator.isValid(""))
    XCTAssertFalse(ChineseIDCardValidator.isValid("61040419910208646"))  // 17
    XCTAssertFalse(ChineseIDCardValidator.isValid("6104041991020864690"))  // 19
    XCTAssertFalse(ChineseIDCardValidator.isValid("610404910208646"))  // old 15-digit form
    XCTAssertFalse(ChineseIDCardValidator.isValid("6104041991X2086469"))  // X inside
    XCTAssertFalse(ChineseIDCardValidator.isValid("61040419910208646Y"))
    XCTAssertFalse(ChineseIDCardValidator.isValid("610404 199102086469"))
    XCTAssertFalse(ChineseIDCardValidator.isValid("610404-19910208-6469"))
    // full-width digits: callers normalise first
    XCTAssertFalse(ChineseIDCardValidator.isValid("６１０４０４１９９１０２０８６４６９"))
  }

  func testIDCardWorksOnSubstringsOfLargerText() {
    let text = "身份证号610404199102086469，联系电话"
    let start = text.index(text.startIndex, offsetBy: 4)
    let end = text.index(start, offsetBy: 18)
    XCTAssertTrue(ChineseIDCardValidator.isValid(text[start..<end]))
    XCTAssertFalse(ChineseIDCardValidator.isValid(text[start...]))
  }

  func testIDCardCheckCharacter() {
    XCTAssertEqual(ChineseIDCardValidator.checkCharacter(for: "36042619910101007"), "1")
    XCTAssertEqual(ChineseIDCardValidator.checkCharacter(for: "61040219870402089"), "X")
    XCTAssertNil(ChineseIDCardValidator.checkCharacter(for: "6104021987040208"))
    XCTAssertNil(ChineseIDCardValidator.checkCharacter(for: "6104021987040208A"))
  }

  // MARK: - UnifiedSocialCreditCodeValidator

  func testUSCCAcceptsValidCodes() {
    for code in [
      "91110000600037341L",  // python-stdnum's doctest vector
      "91610400MA6X3T2B0H",  // company (9 1)
      "12610400435201885X",  // public institution (1 2)
      "52610402MJX12345U1",  // private non-enterprise unit (5 2)
      "93610423MA6XY0G8PE",  // farmers' cooperative (9 3)
      "91230231MA1BQ7R4CX",
      "916104000000000230",  // weighted sum divisible by 31: check character 0
      "N2610423MA6XY0G8P4",  // rural collective (N)
      "Y1610400MA6X3T2B0U",  // other authority (Y)
    ] {
      XCTAssertTrue(UnifiedSocialCreditCodeValidator.isValid(Substring(code)), code)
    }
  }

  func testUSCCRejectsWrongCheckCharacter() {
    XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid("91110000600037341M"))
    XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid("91610400MA6X3T2B0J"))
    XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid("916104000000000231"))
    // two characters swapped
    XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid("91610400AM6X3T2B0H"))
  }

  func testUSCCRejectsLettersOutsideTheAlphabet() {
    // I, O, Z, S, V are not used; each vector has a check character that would otherwise fit
    for letter in ["I", "O", "Z", "S", "V"] {
      let code = "91610400MA6X3T2B0" + letter
      XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid(Substring(code)), code)
      let inside = "91610400M" + letter + "6X3T2B0H"
      XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid(Substring(inside)), inside)
    }
    XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid("91610400ma6x3t2b0h"))  // lower case
  }

  func testUSCCRejectsLettersInTheWrongPlace() {
    // region (positions 3–8) must be digits; authority must be 1–9, A, N, Y; category 1–9
    for first17 in ["9161A400MA6X3T2B0", "B1610400MA6X3T2B0", "90610400MA6X3T2B0", "9A610400MA6X3T2B0"] {
      let check = UnifiedSocialCreditCodeValidator.checkCharacter(for: Substring(first17))!
      let code = first17 + String(check)
      XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid(Substring(code)), code)
    }
  }

  func testUSCCRejectsWrongLength() {
    XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid(""))
    XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid("91610400MA6X3T2B0"))
    XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid("91610400MA6X3T2B0H0"))
    XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid("9161 0400MA6X3T2B0H"))
    XCTAssertFalse(UnifiedSocialCreditCodeValidator.isValid("统一社会信用代码91610400MA6X3T2B0H"))
  }

  func testUSCCCheckCharacter() {
    XCTAssertEqual(UnifiedSocialCreditCodeValidator.checkCharacter(for: "91110000600037341"), "L")
    XCTAssertEqual(UnifiedSocialCreditCodeValidator.checkCharacter(for: "91610400000000023"), "0")
    XCTAssertNil(UnifiedSocialCreditCodeValidator.checkCharacter(for: "9111000060003734"))
    XCTAssertNil(UnifiedSocialCreditCodeValidator.checkCharacter(for: "9111000060003734O"))
  }

  // MARK: - LuhnValidator

  func testLuhnAcceptsValidCardNumbers() {
    for card in [
      "6217002600001236",  // 16
      "4367421234567896",  // 16
      "622848012345678900",  // 18
      "6222021603001234566",  // 19
      "6222600110012345679",  // 19
      "4111111111111111",  // the well-known test Visa
    ] {
      XCTAssertTrue(LuhnValidator.isValid(Substring(card)), card)
    }
  }

  func testLuhnRejectsWrongCheckDigit() {
    XCTAssertFalse(LuhnValidator.isValid("6217002600001237"))
    XCTAssertFalse(LuhnValidator.isValid("6222021603001234567"))
    XCTAssertFalse(LuhnValidator.isValid("4111111111111112"))
    // adjacent digits swapped (the transposition Luhn catches)
    XCTAssertFalse(LuhnValidator.isValid("6217006200001236"))
  }

  func testLuhnRejectsWrongLengthAndCharacters() {
    XCTAssertFalse(LuhnValidator.isValid(""))
    XCTAssertFalse(LuhnValidator.isValid("621700260000123"))  // 15 digits
    XCTAssertFalse(LuhnValidator.isValid("62220216030012345660"))  // 20 digits
    XCTAssertFalse(LuhnValidator.isValid("6217 0026 0000 1236"))  // grouping: callers strip it
    XCTAssertFalse(LuhnValidator.isValid("6217-0026-0000-1236"))
    XCTAssertFalse(LuhnValidator.isValid("62170026O0001236"))  // letter O
    XCTAssertFalse(LuhnValidator.isValid("0000000000000000"))  // leading 0
    XCTAssertFalse(LuhnValidator.isValid("６２１７００２６００００１２３６"))
  }

  func testPassesLuhnForOtherLengths() {
    XCTAssertTrue(LuhnValidator.passesLuhn("79927398713"))  // the classic example
    XCTAssertFalse(LuhnValidator.passesLuhn("79927398710"))
    XCTAssertTrue(LuhnValidator.passesLuhn("18"))
    XCTAssertFalse(LuhnValidator.passesLuhn("0"))
    XCTAssertFalse(LuhnValidator.passesLuhn("7992739871a"))
  }

  // MARK: - ChinesePhoneValidator

  func testMobileNumbers() {
    for number in [
      "13912345678", "15029876543", "18691234567", "19612345678", "17712345678", "14712345678",
      "139-1234-5678", "139 1234 5678", "+8613912345678", "+86 13912345678", "+86-139-1234-5678",
      "8613912345678", "008613912345678",
    ] {
      XCTAssertTrue(ChinesePhoneValidator.isValid(Substring(number)), number)
      XCTAssertTrue(ChinesePhoneValidator.isMobile(Substring(number)), number)
    }
    for number in [
      "12912345678",  // 12x is no mobile block
      "10912345678",
      "1391234567",  // 10 digits
      "139123456789",  // 12 digits
      "139-12345678",  // half grouped
      "139-1234 5678",  // mixed separators
      "23912345678",
      "1391234567a",
      "+8612912345678",
      "１３９１２３４５６７８",  // full-width: callers normalise
    ] {
      XCTAssertFalse(ChinesePhoneValidator.isMobile(Substring(number)), number)
    }
  }

  func testLandlineNumbers() {
    for number in [
      "029-33215678", "02933215678", "010-65123456", "01065123456", "020-83123456",
      "0452-6123456", "0452-61234567", "04526123456", "0910-3212345", "0755-86123456",
    ] {
      XCTAssertTrue(ChinesePhoneValidator.isValid(Substring(number)), number)
      XCTAssertTrue(ChinesePhoneValidator.isLandline(Substring(number)), number)
    }
    for number in [
      "029-3321567",  // three-digit area codes have 8-digit local numbers
      "029-332156789",
      "0452-612345",  // 6-digit local number
      "0452-612345678",
      "029-03321567",  // local number starting with 0
      "029-13321567",  // or with 1
      "011-65123456",  // 011 is no area code
      "0029-3321567",
      "29-33215678",  // no leading 0
      "029--33215678",
      "029-3321567a",
    ] {
      XCTAssertFalse(ChinesePhoneValidator.isLandline(Substring(number)), number)
    }
  }

  func testServiceNumbersCountsAndYearsAreNotPhones() {
    for text in ["110", "12345", "12380", "95588", "4008123123", "2023", "13800", "137", "20230815"] {
      XCTAssertFalse(ChinesePhoneValidator.isValid(Substring(text)), text)
    }
  }
}
