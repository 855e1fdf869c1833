/**
 * The example corpus of the rule phases (STYLE.md: "each rule file has its
 * examples"). Every sentence here is written for the test, in the register of
 * Vietnamese provincial news; none is copied from the shared corpus, and the
 * persons named are invented.
 *
 * One list per phase of src/rules/. The *.examples.test.ts files run them; the
 * meta-test (meta.test.ts) runs every input to check that every rule id of
 * src/rules fires on some example and that ids are readable slugs.
 */
import type { Phase, PhaseExamples } from "./harness.js";

// ---------------------------------------------------------------------------
// organization.ts — heads from org-heads.json, areas, abbreviations, plurals.

export const organization: PhaseExamples = {
  positive: [
    {
      // A national body's abbreviation defined in the article wins over the dictionary's
      // reading of it (the chamber's old name); a bar association with its area.
      id: "article-defined-abbreviation",
      input:
        "UBND tỉnh phối hợp với Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) tổ chức diễn đàn. Đại diện VCCI và Đoàn Luật sư tỉnh Hà Nam cùng dự.",
      options: { date: "2024-11-20", context: "Hà Nam" },
      organizations: [
        "Ủy ban nhân dân tỉnh Hà Nam",
        "Liên đoàn Thương mại và Công nghiệp Việt Nam",
        "Đoàn Luật sư tỉnh Hà Nam",
      ],
    },
    {
      // A city's party committee by its bare name (HCMC's keeps "thành phố"); districts
      // counted and listed after a colon; a capitalised "Trung" with its "ương".
      id: "city-committee-counted-districts-central",
      input:
        "Thành ủy thành phố Đà Nẵng, Ủy ban MTTQ Việt Nam 3 huyện: Hòa Vang, Nam Giang và Đại Lộc cùng Bệnh viện Nhi Trung ương tham gia.",
      organizations: [
        "Thành ủy Đà Nẵng",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hòa Vang",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Nam Giang",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đại Lộc",
        "Bệnh viện Nhi Trung ương",
      ],
    },
    {
      // "Bộ Công an hai nước" in an article on one other country names both ministries;
      // a congress's name and "Đảng bộ, chính quyền" in general are no bodies.
      id: "two-countries-ministries-and-party-in-general",
      input:
        "Công an tỉnh Quảng Trị và Công an tỉnh Savannakhet (Lào) ký kết biên bản hợp tác, thực hiện nhiệm vụ Bộ Công an hai nước giao. Thực hiện Nghị quyết Đại hội XVII Đảng bộ tỉnh, được Đảng bộ, chính quyền các cấp quan tâm.",
      organizations: [
        "Công an tỉnh Quảng Trị",
        "Công an tỉnh Savannakhet",
        "Bộ Công an",
        "Bộ Công an Lào",
      ],
    },
    {
      // Religious bodies a province's Front works with, a Chinese county's government,
      // a Cambodian province's administration, a mission in a foreign city.
      id: "religious-and-foreign-local-bodies",
      input:
        "Ban Trị sự GHPGVN tỉnh Bắc Giang, Ban Bác ái xã hội Giáo phận Lạng Sơn, Chính phủ nhân dân huyện Bằng Tường, Ủy ban Hành chính tỉnh Takeo và Tổng Lãnh sự quán Việt Nam tại Côn Minh cùng dự.",
      organizations: [
        "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bắc Giang",
        "Ban Bác ái xã hội Giáo phận Lạng Sơn",
        "Chính phủ nhân dân huyện Bằng Tường",
        "Ủy ban Hành chính tỉnh Takeo",
        "Tổng Lãnh sự quán Việt Nam tại Côn Minh",
      ],
    },
    {
      // A free name with a dash between two capitalised parts.
      id: "free-name-with-dash",
      input: "Trung tâm Huyết học - Truyền máu tỉnh Bình Định tiếp nhận 300 đơn vị máu.",
      organizations: ["Trung tâm Huyết học - Truyền máu tỉnh Bình Định"],
    },
    {
      // A unit seated at a border gate is named by the gate; an airline by "Hãng";
      // a department of the old map by its old name.
      id: "gate-unit-airline-old-department",
      input:
        "Chi cục Hải quan cửa khẩu Quốc tế Cầu Treo phối hợp với Sở Thương mại tỉnh Hà Tĩnh. Hãng Hàng không Jetstar mở thêm đường bay.",
      options: { date: "2005-06-01" },
      organizations: [
        "Chi cục Hải quan cửa khẩu Quốc tế Cầu Treo",
        "Sở Thương mại tỉnh Hà Tĩnh",
        "Hãng Hàng không Jetstar",
      ],
    },
    {
      // Mass organisations' local chapters, and an association read with its area.
      id: "local-chapters-and-named-associations",
      input:
        "Đoàn Thanh niên xã Pả Vi, Công đoàn ngành Y tế tỉnh Hà Giang và Hội Tin học tỉnh Hà Giang cùng tham gia. Hội Lồng Tồng năm nay đông vui.",
      organizations: [
        "Đoàn Thanh niên xã Pả Vi",
        "Công đoàn ngành Y tế tỉnh Hà Giang",
        "Hội Tin học tỉnh Hà Giang",
      ],
    },
    {
      // Lower units after "các" or a number word, each with its name.
      id: "plural-districts-and-communes",
      input:
        "Sở Y tế tỉnh Yên Bái phối hợp với UBND các huyện Văn Chấn, Trạm Tấu và Đảng ủy hai xã Tà Xi Láng và Púng Luông.",
      options: { context: "Yên Bái" },
      organizations: [
        "Sở Y tế tỉnh Yên Bái",
        "Ủy ban nhân dân huyện Văn Chấn",
        "Ủy ban nhân dân huyện Trạm Tấu",
        "Đảng ủy xã Tà Xi Láng",
        "Đảng ủy xã Púng Luông",
      ],
    },
    {
      // The short name of a school or branch whose full name the article wrote is that body.
      id: "school-and-branch-short-names",
      input:
        "Trường ĐH Tây Nguyên và Chi nhánh NHCSXH tỉnh Đắk Lắk trao học bổng. Lãnh đạo ĐH Tây Nguyên cảm ơn NHCSXH tỉnh Đắk Lắk.",
      organizations: [
        "Trường Đại học Tây Nguyên",
        "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Đắk Lắk",
      ],
    },
    {
      // A department's abbreviation written with spaces around its dash and ampersand.
      id: "spaced-abbreviation",
      input: "Sở GD - ĐT tỉnh Lai Châu phối hợp với Sở VH - TT & DL tổ chức hội thi.",
      organizations: [
        "Sở Giáo dục và Đào tạo tỉnh Lai Châu",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",
      ],
    },
    {
      // A paper credited in the body, its kind word in lower case; "nhà báo" is a journalist.
      id: "paper-in-lower-case",
      input:
        "Theo báo Hà Giang, nhà báo Sùng Mí Lử đã có loạt bài về chợ phiên đăng trên tạp chí Văn hóa Dân tộc.",
      organizations: ["Báo Hà Giang", "Tạp chí Văn hóa Dân tộc"],
    },
    {
      // A level's party committee takes the bare name, also where the text repeats the admin word.
      id: "party-committee-bare-name",
      input:
        "Ban Thường vụ Tỉnh ủy hai tỉnh Hà Giang và Tuyên Quang đã họp; Huyện ủy huyện Vị Xuyên báo cáo kết quả.",
      organizations: [
        "Ban Thường vụ Tỉnh ủy Hà Giang",
        "Ban Thường vụ Tỉnh ủy Tuyên Quang",
        "Huyện ủy Vị Xuyên",
      ],
    },
    {
      // A Vietnamese head over a list mixing both sides of the border names our side's
      // body only: no "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kampot".
      id: "plural-area-drops-foreign-province",
      input:
        "Mặt trận hai tỉnh An Giang và Kampot đã trao 200 suất quà cho người dân khu vực biên giới.",
      options: { context: "An Giang" },
      organizations: ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang"],
    },
    {
      // The same with the admin word written twice, as a headline does.
      id: "listed-areas-drop-foreign-province",
      input:
        "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh và tỉnh Svay Rieng ký biên bản ghi nhớ hợp tác giai đoạn mới.",
      organizations: ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh"],
    },
    {
      // The Cambodian Front's committee with a bare "tỉnh" is that of the Cambodian
      // province the article names, not of the Vietnamese home province.
      id: "foreign-front-implicit-area-from-its-country",
      input:
        "Ủy ban MTTQ Việt Nam tỉnh Tây Ninh tiếp đoàn tỉnh Svay Rieng. Lãnh đạo Ủy ban Mặt trận Đoàn kết phát triển Tổ quốc Campuchia tỉnh cảm ơn sự giúp đỡ của tỉnh bạn.",
      options: { context: "Tây Ninh" },
      organizations: [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh",
        "Ủy ban Mặt trận Đoàn kết Phát triển Tổ quốc Campuchia tỉnh Svay Rieng",
      ],
    },
    {
      // The Lao Front's provincial committee, with or without "Ủy ban", as written.
      id: "lao-front-of-province",
      input:
        "Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Attapư và Mặt trận Lào xây dựng đất nước tỉnh Sê Kông cùng dự hội nghị.",
      organizations: [
        "Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Attapư",
        "Mặt trận Lào xây dựng đất nước tỉnh Sê Kông",
      ],
    },
    {
      // A Lao provincial committee's foreign-relations board.
      id: "lao-committee-external-relations-board",
      input:
        "Đoàn công tác của Ban Đối ngoại Tỉnh ủy Champasak đã đến thăm Bệnh viện Đa khoa tỉnh Kon Tum.",
      organizations: ["Ban Đối ngoại Tỉnh ủy Champasak", "Bệnh viện Đa khoa tỉnh Kon Tum"],
    },
    {
      // A Cambodian province's council ("Hội đồng tỉnh"): the head reads only before such a province.
      id: "cambodian-provincial-council",
      input: "Hội đồng tỉnh Prey Veng đã cử đoàn sang thăm và chúc Tết tỉnh Tây Ninh.",
      organizations: ["Hội đồng tỉnh Prey Veng"],
    },
    {
      // A sum given to a post is not part of the post's name.
      id: "sum-after-free-name",
      input:
        "Đoàn công tác trao tặng Đồn Biên phòng Pa Vây Sử 15 triệu đồng để tổ chức Tết cho bộ đội.",
      organizations: ["Đồn Biên phòng Pa Vây Sử"],
    },
    {
      // The city's committee named with its bare name: the later bare "Thành ủy" reads the same way.
      id: "city-committee-completed-as-written",
      input:
        "Sáng 9/4, Thành ủy Hải Phòng tổ chức hội nghị sơ kết quý I. Văn phòng Thành ủy đã chuẩn bị đầy đủ tài liệu cho các đại biểu.",
      organizations: ["Thành ủy Hải Phòng", "Văn phòng Thành ủy Hải Phòng"],
    },
    {
      // A European body: its "châu Âu" is part of the name (see location's negative example).
      id: "european-commission",
      input: "Đại diện Ủy ban châu Âu đánh giá cao kết quả hợp tác thương mại với tỉnh.",
      organizations: ["Ủy ban châu Âu"],
    },
    {
      // The provincial post office: an area's body like the others; a bare lower-case "bưu điện" is no name.
      id: "post-office-of-province",
      input:
        "Hội Nông dân tỉnh Yên Bái phối hợp với Bưu điện tỉnh Yên Bái mở lớp tập huấn bán hàng trực tuyến.",
      organizations: ["Hội Nông dân tỉnh Yên Bái", "Bưu điện tỉnh Yên Bái"],
    },
    {
      // The national Front's full name with an area after it is that area's committee.
      id: "front-national-name-with-area",
      input:
        "Hội nghị của Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh đã thống nhất kế hoạch giám sát năm tới.",
      organizations: ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"],
    },
    {
      id: "ubnd-province",
      input:
        "Chiều 5/3, UBND tỉnh Quảng Ngãi tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội.",
      mentions: [{ type: "ORGANIZATION", text: "UBND tỉnh Quảng Ngãi" }],
      organizations: ["Ủy ban nhân dân tỉnh Quảng Ngãi"],
    },
    {
      id: "mttq-adds-viet-nam",
      input: "Ủy ban MTTQ tỉnh Bình Phước vừa tổ chức hội nghị tổng kết công tác năm 2023.",
      mentions: [{ type: "ORGANIZATION", text: "Ủy ban MTTQ tỉnh Bình Phước" }],
      organizations: ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước"],
    },
    {
      id: "unit-of-provincial-party-committee",
      input:
        "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh đã phát động cuộc thi viết về gương người tốt, việc tốt.",
      mentions: [{ type: "ORGANIZATION", text: "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh" }],
      organizations: ["Ban Tuyên giáo Tỉnh ủy Hà Tĩnh"],
    },
    {
      id: "so-gd-dt-expanded",
      input: "Sở GD&ĐT tỉnh Nam Định vừa công bố kế hoạch tuyển sinh vào lớp 10 năm học mới.",
      mentions: [{ type: "ORGANIZATION", text: "Sở GD&ĐT tỉnh Nam Định" }],
      organizations: ["Sở Giáo dục và Đào tạo tỉnh Nam Định"],
    },
    {
      id: "cong-an-tp-hcm",
      input: "Ngày 20/8, Công an TP.HCM cho biết đã triệt phá một đường dây buôn lậu quy mô lớn.",
      mentions: [{ type: "ORGANIZATION", text: "Công an TP.HCM" }],
      organizations: ["Công an thành phố Hồ Chí Minh"],
    },
    {
      // The title shares its head with the body ("Trưởng đoàn" + "đoàn Đại biểu …"):
      // the national "Quốc hội" inside that name is no body of its own here.
      id: "delegation-head-no-bare-national-assembly",
      input: "Bà Hà Thị Nga, Trưởng đoàn Đại biểu Quốc hội tỉnh, phát biểu tại kỳ họp.",
      options: { context: "Tuyên Quang" },
      organizations: ["Đoàn đại biểu Quốc hội tỉnh Tuyên Quang"],
    },
    {
      // A caption run into the next sentence without its full stop: the verb that
      // opens the sentence is no place name ("tỉnh Tham").
      id: "missing-full-stop-before-verb",
      input:
        "Bà Nguyễn Thị Lan tặng hoa chúc mừng Hội Nông dân tỉnh Tham gia buổi gặp mặt có đông đảo hội viên.",
      options: { context: "Nghệ An" },
      mentions: [{ type: "ORGANIZATION", text: "Hội Nông dân tỉnh" }],
      organizations: ["Hội Nông dân tỉnh Nghệ An"],
    },
    {
      id: "area-from-context-option",
      input:
        "Sáng nay, Hội Nông dân tỉnh đã tổ chức lớp tập huấn kỹ thuật trồng trọt cho hơn 200 hội viên.",
      options: { context: "Nghệ An" },
      mentions: [{ type: "ORGANIZATION", text: "Hội Nông dân tỉnh" }],
      organizations: ["Hội Nông dân tỉnh Nghệ An"],
    },
    {
      id: "two-provinces-two-organizations",
      input:
        "Ủy ban MTTQ Việt Nam hai tỉnh Điện Biên và Lai Châu đã tổ chức hội nghị giao ban công tác vùng giáp ranh.",
      mentions: [
        { type: "ORGANIZATION", text: "Ủy ban MTTQ Việt Nam hai tỉnh Điện Biên và Lai Châu" },
      ],
      organizations: [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu",
      ],
    },
    {
      id: "standing-body-of-hdnd",
      input:
        "Thường trực HĐND tỉnh Khánh Hòa đã tổ chức phiên giải trình về công tác quản lý đất đai.",
      mentions: [{ type: "ORGANIZATION", text: "Thường trực HĐND tỉnh Khánh Hòa" }],
      organizations: ["Thường trực Hội đồng nhân dân tỉnh Khánh Hòa"],
    },
    {
      id: "ldtbxh-expanded",
      input: "Sở LĐTB&XH tỉnh Hòa Bình phối hợp tổ chức phiên giao dịch việc làm cho thanh niên.",
      mentions: [{ type: "ORGANIZATION", text: "Sở LĐTB&XH tỉnh Hòa Bình" }],
      organizations: ["Sở Lao động – Thương binh và Xã hội tỉnh Hòa Bình"],
    },
    {
      id: "bhxh-expanded",
      input:
        "Năm qua, BHXH tỉnh Thanh Hóa đã chi trả chế độ ốm đau cho hơn 3.000 lượt người lao động.",
      mentions: [{ type: "ORGANIZATION", text: "BHXH tỉnh Thanh Hóa" }],
      organizations: ["Bảo hiểm xã hội tỉnh Thanh Hóa"],
    },
    {
      id: "national-body",
      input: "Theo Bộ Chính trị, công tác cán bộ là khâu then chốt của then chốt.",
      mentions: [{ type: "ORGANIZATION", text: "Bộ Chính trị" }],
      organizations: ["Bộ Chính trị"],
    },
    {
      id: "ban-bi-thu-completed",
      input: "Ban Bí thư vừa ban hành quy định mới về công tác dân vận.",
      mentions: [{ type: "ORGANIZATION", text: "Ban Bí thư" }],
      organizations: ["Ban Bí thư Trung ương Đảng"],
    },
    {
      id: "named-university",
      input: "Trường Đại học Tây Nguyên đã trao bằng tốt nghiệp cho hơn 1.200 tân kỹ sư.",
      mentions: [{ type: "ORGANIZATION", text: "Trường Đại học Tây Nguyên" }],
      organizations: ["Trường Đại học Tây Nguyên"],
    },
    {
      id: "free-named-unit-of-police",
      input:
        "Phòng Cảnh sát giao thông Công an tỉnh Hà Nam đã ra quân bảo đảm trật tự an toàn giao thông.",
      mentions: [{ type: "ORGANIZATION", text: "Phòng Cảnh sát giao thông Công an tỉnh Hà Nam" }],
      organizations: ["Phòng Cảnh sát giao thông Công an tỉnh Hà Nam"],
    },
    {
      id: "free-named-unit-with-area",
      input: "Chi cục Thủy sản tỉnh Cà Mau đã tổ chức tập huấn khai thác hải sản cho ngư dân.",
      mentions: [{ type: "ORGANIZATION", text: "Chi cục Thủy sản tỉnh Cà Mau" }],
      organizations: ["Chi cục Thủy sản tỉnh Cà Mau"],
    },
    {
      id: "central-steering-committee",
      input:
        "Đoàn công tác của Ban Chỉ đạo Trung ương đã kiểm tra kết quả giảm nghèo tại địa phương.",
      mentions: [{ type: "ORGANIZATION", text: "Ban Chỉ đạo Trung ương" }],
      organizations: ["Ban Chỉ đạo Trung ương"],
    },
    {
      id: "bracketed-short-name-reused",
      input:
        "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh (Liên hiệp Quảng Ninh) đã đón đoàn khách quốc tế. Liên hiệp Quảng Ninh cũng trao tặng quà lưu niệm.",
      mentions: [
        { type: "ORGANIZATION", text: "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh" },
        { type: "ORGANIZATION", text: "Liên hiệp Quảng Ninh", nth: 1 },
      ],
      organizations: ["Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh"],
    },
    {
      id: "tinh-uy-bare-place",
      input: "Tỉnh ủy Yên Bái đã ban hành nghị quyết chuyên đề về phát triển du lịch.",
      mentions: [{ type: "ORGANIZATION", text: "Tỉnh ủy Yên Bái" }],
      organizations: ["Tỉnh ủy Yên Bái"],
    },
    {
      id: "tp-expanded",
      input: "UBND TP Cần Thơ vừa phê duyệt đề án chuyển đổi số giai đoạn tới.",
      mentions: [{ type: "ORGANIZATION", text: "UBND TP Cần Thơ" }],
      organizations: ["Ủy ban nhân dân thành phố Cần Thơ"],
    },
    {
      id: "named-then-va-then-organization",
      input: "Chiều 15/3, Trường Đại học Vinh và UBND tỉnh Nghệ An đã tổ chức hội thảo khoa học.",
      mentions: [
        { type: "ORGANIZATION", text: "Trường Đại học Vinh" },
        { type: "ORGANIZATION", text: "UBND tỉnh Nghệ An" },
      ],
      organizations: ["Trường Đại học Vinh", "Ủy ban nhân dân tỉnh Nghệ An"],
    },
    {
      // Official names capitalise each compound at its first syllable only: the
      // lower-case "văn" still belongs to the name, though a verb follows it.
      id: "named-compounds-lower-second-syllable",
      input:
        "Sáng 12/4, Trường Đại học Khoa học Xã hội và Nhân văn tổ chức hội thảo về văn hóa các dân tộc vùng biên.",
      mentions: [{ type: "ORGANIZATION", text: "Trường Đại học Khoa học Xã hội và Nhân văn" }],
      organizations: ["Trường Đại học Khoa học Xã hội và Nhân văn"],
    },
    {
      // A lower-case compound ("nông thôn", "đô thị") continues the name right after one of its compounds.
      id: "named-trailing-lower-compound",
      input:
        "Công ty Đầu tư và Phát triển đô thị, Hợp tác xã Dịch vụ và Phát triển nông thôn Tân Lập cùng tài trợ cho chương trình.",
      mentions: [
        { type: "ORGANIZATION", text: "Công ty Đầu tư và Phát triển đô thị" },
        {
          type: "ORGANIZATION",
          text: "Hợp tác xã Dịch vụ và Phát triển nông thôn Tân Lập",
        },
      ],
      organizations: [
        "Công ty Đầu tư và Phát triển đô thị",
        "Hợp tác xã Dịch vụ và Phát triển nông thôn Tân Lập",
      ],
    },
    {
      // After a capitalised name syllable, "Phát" is that name's, not a compound's: the verb "triển khai" follows.
      id: "named-compound-not-after-name-syllable",
      input: "Công ty Minh Phát triển khai dự án nhà ở tại huyện Gia Lâm từ tháng 5.",
      mentions: [{ type: "ORGANIZATION", text: "Công ty Minh Phát" }],
      organizations: ["Công ty Minh Phát"],
    },
    {
      // A mission, or a foreign body, names where it is seated: "tại" and a bare country or province.
      id: "named-foreign-body-seat",
      input:
        "Ngày 3/5, Đại sứ quán Pháp tại Việt Nam và Tổ chức Phát triển Hà Lan tại Hà Nội cùng tài trợ tuần phim.",
      mentions: [
        { type: "ORGANIZATION", text: "Đại sứ quán Pháp tại Việt Nam" },
        { type: "ORGANIZATION", text: "Tổ chức Phát triển Hà Lan tại Hà Nội" },
      ],
      organizations: ["Đại sứ quán Pháp tại Việt Nam", "Tổ chức Phát triển Hà Lan tại Hà Nội"],
    },
    {
      // "tại tỉnh X" says where the mission's staff were, not its seat.
      id: "named-foreign-body-visiting-a-province",
      input:
        "Đoàn cán bộ Đại sứ quán Nhật Bản tại tỉnh Quảng Nam đã trao 20 suất học bổng cho học sinh nghèo.",
      mentions: [{ type: "ORGANIZATION", text: "Đại sứ quán Nhật Bản" }],
      organizations: ["Đại sứ quán Nhật Bản"],
      locations: [{ name: "Quảng Nam", level: "province" }],
    },
    {
      // After a class of bodies ("các Sở"), a named body listed next is still named.
      id: "named-body-after-a-class",
      input: "Hội nghị có đại diện các Sở, Ban Dân vận Tỉnh ủy Sơn La và Hội Nông dân tỉnh Sơn La.",
      organizations: ["Ban Dân vận Tỉnh ủy Sơn La", "Hội Nông dân tỉnh Sơn La"],
    },
    {
      // A body in brackets after a school is its parent, not a short name of the school.
      id: "bracketed-parent-is-no-alias",
      input: "Trường Đại học Công nghệ (Đại học Quốc gia Hà Nội) vừa công bố điểm chuẩn năm nay.",
      mentions: [
        { type: "ORGANIZATION", text: "Trường Đại học Công nghệ" },
        { type: "ORGANIZATION", text: "Đại học Quốc gia Hà Nội" },
      ],
      organizations: ["Trường Đại học Công nghệ", "Đại học Quốc gia Hà Nội"],
    },
    {
      // A national department named on its own, with the official capitalisation.
      id: "national-department-alone",
      input:
        "Đoàn công tác của Cục Quản lý lao động ngoài nước đã làm việc với các doanh nghiệp đưa người đi làm việc ở nước ngoài.",
      organizations: ["Cục Quản lý lao động ngoài nước"],
    },
    {
      // "Việt Nam" ends the official name: no location of its own.
      id: "national-departments-with-country-in-name",
      input:
        "Cục Đường bộ Việt Nam và Cục Đăng kiểm Việt Nam vừa thống nhất quy trình kiểm tra xe khách tuyến cố định.",
      mentions: [{ type: "ORGANIZATION", text: "Cục Đường bộ Việt Nam" }],
      organizations: ["Cục Đường bộ Việt Nam", "Cục Đăng kiểm Việt Nam"],
    },
    {
      id: "national-department-abbreviated",
      input: "Cục CSGT phối hợp với Cục Quản lý xuất nhập cảnh triển khai đợt cao điểm dịp lễ.",
      organizations: ["Cục Cảnh sát giao thông", "Cục Quản lý xuất nhập cảnh"],
    },
    {
      // General departments of before the 2025 restructuring, civil and military.
      id: "general-departments",
      input:
        "Theo số liệu của Tổng cục Thống kê, Tổng cục Công nghiệp quốc phòng đã hoàn thành kế hoạch sản xuất năm.",
      organizations: ["Tổng cục Thống kê", "Tổng cục Công nghiệp quốc phòng"],
    },
    {
      // The ministry after its department, in brackets: two bodies.
      id: "national-department-with-ministry-in-brackets",
      input:
        "Cục Thú y (Bộ Nông nghiệp và Môi trường) khuyến cáo người chăn nuôi tiêm phòng đủ hai mũi cho đàn lợn.",
      organizations: ["Cục Thú y", "Bộ Nông nghiệp và Môi trường"],
    },
    {
      // "Cục Thuế" alone is the national department (since 2025).
      id: "tax-department-national-alone",
      input: "Cục Thuế vừa đề nghị các ngân hàng đối chiếu thông tin tài khoản của hộ kinh doanh.",
      organizations: ["Cục Thuế"],
    },
    {
      // With its province the department is that province's; the bare name after it is the same body.
      id: "tax-department-of-province-then-bare",
      input:
        "Cục Thuế tỉnh Thanh Hóa đã thu ngân sách vượt dự toán. Lãnh đạo Cục Thuế cho biết sẽ mở rộng hóa đơn điện tử.",
      organizations: ["Cục Thuế tỉnh Thanh Hóa"],
    },
    {
      // A unit of a national department: the department is its parent.
      id: "unit-of-national-department",
      input: "Phòng Hướng dẫn tuyên truyền Cục Cảnh sát giao thông vừa phát hành bộ tài liệu mới.",
      organizations: ["Phòng Hướng dẫn tuyên truyền Cục Cảnh sát giao thông"],
    },
    {
      // A branch campus is named with its seat: "tại" and the place right after the
      // university's name belong to the name, and the place is no location of its own.
      id: "outpost-seat-branch-campus",
      input:
        "Phân hiệu Đại học Thái Nguyên tại Lào Cai vừa trao bằng tốt nghiệp cho 180 kỹ sư nông nghiệp.",
      mentions: [{ type: "ORGANIZATION", text: "Phân hiệu Đại học Thái Nguyên tại Lào Cai" }],
      organizations: ["Phân hiệu Đại học Thái Nguyên tại Lào Cai"],
    },
    {
      // A representative office's and a bank branch's seat, written with the admin word
      // ("TP.HCM" expanded as in any area).
      id: "outpost-seat-with-admin-word",
      input:
        "Văn phòng đại diện Công ty Hải Long tại TP.HCM và Chi nhánh Ngân hàng Phương Đông tại tỉnh Bình Dương đã ký hợp đồng tín dụng.",
      organizations: [
        "Văn phòng đại diện Công ty Hải Long tại thành phố Hồ Chí Minh",
        "Chi nhánh Ngân hàng Phương Đông tại tỉnh Bình Dương",
      ],
    },
    {
      // A state's mission named by the state and where it is seated.
      id: "outpost-seat-mission-of-a-state",
      input: "Cơ quan đại diện Việt Nam tại Lào đã tổ chức lễ kỷ niệm Quốc khánh cho kiều bào.",
      organizations: ["Cơ quan đại diện Việt Nam tại Lào"],
    },
    {
      // An association's head followed by a foreign country is that country's body, not
      // a province's: the foreign firms' association and its seat, a neighbour's union.
      // ("Hiệp hội" is kept as written: not the provinces' "Hội Doanh nghiệp".)
      id: "foreign-association-with-seat",
      input:
        "Đại diện Hiệp hội Doanh nghiệp Nhật Bản tại Việt Nam và Hội Liên hiệp Phụ nữ Lào đã dự buổi gặp mặt.",
      mentions: [
        { type: "ORGANIZATION", text: "Hiệp hội Doanh nghiệp Nhật Bản tại Việt Nam" },
        { type: "ORGANIZATION", text: "Hội Liên hiệp Phụ nữ Lào" },
      ],
      organizations: ["Hiệp hội Doanh nghiệp Nhật Bản tại Việt Nam", "Hội Liên hiệp Phụ nữ Lào"],
    },
    {
      // Not a seat: after an ordinary body, "tại Hà Nội" is where the meeting was.
      id: "seat-not-after-an-ordinary-body",
      input: "Sở Y tế tỉnh Quảng Bình tổ chức hội nghị tập huấn tại Hà Nội.",
      organizations: ["Sở Y tế tỉnh Quảng Bình"],
      locations: [{ name: "Hà Nội", level: "province" }],
    },
    {
      // Not a seat either: a company, then where it is ("tại" right after the name, but
      // "Công ty" is no outpost).
      id: "seat-not-after-a-company",
      input: "Đoàn công tác của tỉnh đã đến thăm Công ty Hoa Sen tại Cần Thơ.",
      organizations: ["Công ty Hoa Sen"],
      locations: [{ name: "Cần Thơ", level: "province" }],
    },
    {
      // Two heads joined by "và" before one area: two bodies of that area.
      id: "shared-area-two-heads",
      input:
        "Chi cục Kiểm lâm và Bộ Chỉ huy Quân sự tỉnh Gia Lai phối hợp tuần tra bảo vệ rừng. Công an và Ban Chỉ huy Quân sự huyện Mường Nhé đã tổ chức diễn tập.",
      mentions: [
        { type: "ORGANIZATION", text: "Chi cục Kiểm lâm" },
        { type: "ORGANIZATION", text: "Bộ Chỉ huy Quân sự tỉnh Gia Lai" },
      ],
      organizations: [
        "Chi cục Kiểm lâm tỉnh Gia Lai",
        "Bộ Chỉ huy Quân sự tỉnh Gia Lai",
        "Công an huyện Mường Nhé",
        "Ban Chỉ huy Quân sự huyện Mường Nhé",
      ],
    },
    {
      // No shared area where the first head has no body at that level (no district "Sở"):
      // the Sở is the province's, completed from the context.
      id: "shared-area-not-below-a-department",
      input: "Sở Y tế và UBND huyện Bát Xát kiểm tra công tác tiêm chủng mở rộng.",
      options: { context: "Lào Cai" },
      organizations: ["Sở Y tế tỉnh Lào Cai", "Ủy ban nhân dân huyện Bát Xát"],
    },
    {
      // A free name's own "và" (no body starts after it) stays in the name.
      id: "free-name-with-its-own-va",
      input:
        "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Sơn La khuyến cáo nông dân phòng trừ sâu bệnh.",
      organizations: ["Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Sơn La"],
    },
    {
      // Two units of one kind before their parent, written once: both are its units.
      id: "shared-parent-two-units",
      input:
        "Phòng Cảnh sát hình sự và Phòng Cảnh sát kinh tế Công an tỉnh Hà Nam đã phối hợp triệt phá đường dây lừa đảo.",
      organizations: [
        "Phòng Cảnh sát hình sự Công an tỉnh Hà Nam",
        "Phòng Cảnh sát kinh tế Công an tỉnh Hà Nam",
      ],
    },
    {
      // A department's fields joined by dashes throughout, by "&", or with no mark:
      // the same department, not a shorter one ("Sở Văn hóa và Thể thao").
      id: "department-joiner-variants",
      input:
        "Sở Văn hóa – Thể thao – Du lịch tỉnh Phú Yên, Sở Giáo dục & Đào tạo tỉnh Phú Yên và Sở Lao động Thương binh và Xã hội tỉnh Kon Tum phối hợp tổ chức hội thi.",
      organizations: [
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên",
        "Sở Giáo dục và Đào tạo tỉnh Phú Yên",
        "Sở Lao động – Thương binh và Xã hội tỉnh Kon Tum",
      ],
    },
    {
      // The departments of the 2025 reorganization, with a dash and with "&".
      id: "department-2025-names",
      input:
        "Sở Nông nghiệp - Môi trường, Sở Dân tộc và Tôn giáo, Sở Khoa học & Công nghệ và Sở Nội vụ tỉnh Quảng Trị cùng dự hội nghị.",
      organizations: [
        "Sở Nông nghiệp và Môi trường tỉnh Quảng Trị",
        "Sở Dân tộc và Tôn giáo tỉnh Quảng Trị",
        "Sở Khoa học và Công nghệ tỉnh Quảng Trị",
        "Sở Nội vụ tỉnh Quảng Trị",
      ],
    },
  ],
  negative: [
    {
      // A body's bare admin word followed by more of them names every unit's body, no one body.
      id: "bodies-of-every-level",
      input: "Ông đề nghị Đảng ủy xã, phường, đặc khu tăng cường lãnh đạo công tác dân vận.",
      none: ["ORGANIZATION"],
    },
    {
      // "Hội đồng" is a body only as a Cambodian province's council; in a Vietnamese
      // article a bare "Hội đồng tỉnh" is no name (and never the home province's).
      id: "council-of-bare-province",
      input: "Hội đồng tỉnh đã thống nhất phương án bồi thường cho các hộ dân.",
      options: { context: "Lào Cai" },
      none: ["ORGANIZATION"],
    },
    {
      // Lower case in running text: the kind of office, not a named body.
      id: "lower-case-tax-office",
      input: "Người dân có thể hỏi cục thuế hoặc chi cục thuế nơi cư trú về thủ tục hoàn thuế.",
      none: ["ORGANIZATION"],
    },
    {
      id: "departments-in-general",
      input: "Các cục, vụ thuộc Bộ đã gửi báo cáo sơ kết đúng hạn.",
      none: ["ORGANIZATION"],
    },
    {
      // The provinces' tax departments as a class.
      id: "tax-departments-of-all-provinces",
      input: "Cục Thuế các tỉnh, thành phố cần đôn đốc thu hồi nợ đọng trước cuối năm.",
      none: ["ORGANIZATION"],
    },
    {
      // "một số" opens a class: every bare committee listed with it is the class too.
      id: "class-of-committees-listed",
      input: "Buổi làm việc có lãnh đạo một số Huyện ủy, Thị ủy, Thành ủy Điện Biên, Sơn La.",
      none: ["ORGANIZATION"],
    },
    {
      id: "member-organizations",
      input: "Các tổ chức thành viên đã tích cực hưởng ứng cuộc vận động.",
      none: ["ORGANIZATION"],
    },
    {
      id: "ubnd-cac-cap",
      input: "UBND các cấp cần tăng cường kiểm tra công tác phòng cháy, chữa cháy.",
      none: ["ORGANIZATION"],
    },
    {
      id: "departments-and-party-committees",
      input: "Các sở, ngành và cấp ủy các cấp cần quan tâm lãnh đạo, chỉ đạo sát sao.",
      none: ["ORGANIZATION"],
    },
    {
      id: "party-and-state",
      input: "Đảng và Nhà nước luôn quan tâm tới đồng bào vùng cao.",
      none: ["ORGANIZATION"],
    },
    {
      id: "front-at-all-levels",
      input: "Ủy ban MTTQ Việt Nam các cấp đã vận động được nhiều nguồn lực ủng hộ người nghèo.",
      none: ["ORGANIZATION"],
    },
  ],
};

// ---------------------------------------------------------------------------
// person.ts — honorifics, names after titles, apposition, full names, bylines.

export const person: PhaseExamples = {
  positive: [
    {
      // A credit closing a caption line: its name is a person's even where a part of it
      // is a country ("Đức"); the honorific "Anh" never reaches the byline below it.
      id: "credit-ending-caption",
      input: "Ông Hoàng Văn Nam trao quà cho người dân xã Bằng Vân. Ảnh: Đức Anh\n\nThu Hà",
      persons: [
        { name: "Hoàng Văn Nam", roles: [] },
        { name: "Đức Anh", roles: [] },
        { name: "Thu Hà", roles: [] },
      ],
    },
    {
      // Given names that spell a title with every word capitalised ("Công sứ") stay in the name.
      id: "given-name-spelling-a-title",
      input: "Phiên thảo luận do Phó Chủ tịch HĐND tỉnh Đinh Công Sứ điều hành.",
      options: { context: "Hòa Bình" },
      persons: [
        {
          name: "Đinh Công Sứ",
          roles: [{ title: "Phó Chủ tịch", organization: "Hội đồng nhân dân tỉnh Hòa Bình" }],
        },
      ],
    },
    {
      // A word or two of the calling between it and a full name.
      id: "calling-with-its-field",
      input:
        "Bác sĩ pháp y Đèo Văn Sơn cho biết kết quả giám định đã có, còn chị em phụ nữ Lai Châu thì vui mừng.",
      persons: [{ name: "Đèo Văn Sơn" }],
      personCount: 1,
    },
    {
      // A given name two marks off a title ("Thu Hiền", "Thủ hiến") is still part of the name.
      id: "given-name-near-a-title",
      input: "Hồ sơ của Nguyễn Thị Thu Hiền đã được chuyển lên phòng tiếp dân.",
      persons: [{ name: "Nguyễn Thị Thu Hiền" }],
      personCount: 1,
    },
    {
      // A two-syllable name read once with an honorific is the same person written bare later.
      id: "two-syllable-name-repeated-bare",
      input:
        "Bà Lò Mai sinh ra ở bản Hua Tát. Năm 2019, Lò Mai mở lớp dạy thêu cho phụ nữ trong bản.",
      persons: [{ name: "Lò Mai", mentions: ["Lò Mai", "Lò Mai"] }],
      personCount: 1,
    },
    {
      // Callings written before a name, like academic prefixes: not part of it.
      id: "calling-before-name",
      input: "Lão nông Đinh Cừ kể lại chuyện năm xưa, còn già làng Hồ Văn Thưa thì ngồi nghe.",
      persons: [{ name: "Đinh Cừ" }, { name: "Hồ Văn Thưa" }],
      personCount: 2,
    },
    {
      id: "ong-male",
      input: "Tham dự hội nghị có ông Trần Văn Hải, Giám đốc Sở Tài chính tỉnh Quảng Bình.",
      mentions: [{ type: "PERSON", text: "Trần Văn Hải" }],
      persons: [{ name: "Trần Văn Hải", gender: "male", mentions: ["Trần Văn Hải"] }],
      personCount: 1,
    },
    {
      id: "ba-female",
      input:
        "Phát biểu tại buổi lễ, bà Nguyễn Thị Thủy cho biết hội đã hoàn thành các chỉ tiêu đề ra.",
      mentions: [{ type: "PERSON", text: "Nguyễn Thị Thủy" }],
      persons: [{ name: "Nguyễn Thị Thủy", gender: "female" }],
      personCount: 1,
    },
    {
      id: "chi-female",
      input: "Chị Hà Thị Lan, một hộ nuôi ong ở xã Tả Van, cho biết thu nhập năm nay đã tăng.",
      mentions: [{ type: "PERSON", text: "Hà Thị Lan" }],
      persons: [{ name: "Hà Thị Lan", gender: "female" }],
      personCount: 1,
    },
    {
      id: "rank-dropped",
      input:
        "Đại tá Phạm Văn Long, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Gia Lai, đã kiểm tra công tác huấn luyện.",
      mentions: [{ type: "PERSON", text: "Phạm Văn Long" }],
      persons: [{ name: "Phạm Văn Long", gender: null }],
      personCount: 1,
    },
    {
      id: "name-after-title",
      input: "Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu đã trao quà cho các hộ nghèo.",
      mentions: [{ type: "PERSON", text: "Hồ Tiến Thiệu" }],
      persons: [{ name: "Hồ Tiến Thiệu", gender: null }],
      personCount: 1,
    },
    {
      id: "name-then-bracketed-title",
      input: "Hội nghị có sự tham dự của Nguyễn Văn Thắng (Giám đốc Sở Xây dựng tỉnh Bắc Ninh).",
      mentions: [{ type: "PERSON", text: "Nguyễn Văn Thắng" }],
      persons: [{ name: "Nguyễn Văn Thắng" }],
      personCount: 1,
    },
    {
      id: "later-short-mention-joins",
      input:
        "Ông Đỗ Quang Vinh, nguyên Chủ tịch UBND tỉnh Hưng Yên, đã về thăm trường cũ. Ông Vinh chia sẻ nhiều kỷ niệm về thầy cô.",
      mentions: [
        { type: "PERSON", text: "Đỗ Quang Vinh" },
        { type: "PERSON", text: "Vinh", nth: 1 },
      ],
      persons: [{ name: "Đỗ Quang Vinh", gender: "male", mentions: ["Đỗ Quang Vinh", "Vinh"] }],
      personCount: 1,
    },
    {
      id: "foreign-leader-country-apart",
      input: "Tổng thống Mỹ Joe Biden đã có cuộc điện đàm với lãnh đạo các nước trong khu vực.",
      mentions: [
        { type: "PERSON", text: "Joe Biden" },
        { type: "LOCATION", text: "Mỹ" },
      ],
      persons: [{ name: "Joe Biden" }],
      personCount: 1,
      locations: [{ name: "Mỹ", level: "country" }],
    },
    {
      id: "plain-full-name",
      input: "Sáng nay, Nguyễn Thị Minh Hằng đã nhận giải nhất cuộc thi viết về quê hương.",
      mentions: [{ type: "PERSON", text: "Nguyễn Thị Minh Hằng" }],
      persons: [{ name: "Nguyễn Thị Minh Hằng", gender: null }],
      personCount: 1,
    },
    {
      id: "enumerated-participants",
      input:
        "Tham dự hội nghị có các đồng chí: Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Quảng Nam; Trần Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Quảng Nam.",
      mentions: [
        { type: "PERSON", text: "Lê Văn Hòa" },
        { type: "PERSON", text: "Trần Thị Mai" },
      ],
      persons: [{ name: "Lê Văn Hòa" }, { name: "Trần Thị Mai" }],
      personCount: 2,
    },
    {
      id: "byline-last-line",
      input: "Buổi lễ trao quà diễn ra trang trọng, ấm cúng.\nMinh Hải",
      mentions: [{ type: "PERSON", text: "Minh Hải" }],
      persons: [{ name: "Minh Hải", roles: [] }],
      personCount: 1,
    },
    {
      // "Anh" opening a line of reporters' names is part of the first name, not an honorific.
      id: "byline-name-starting-with-anh",
      input:
        "Mô hình nuôi cá lồng đã giúp nhiều hộ thoát nghèo bền vững.\nAnh Thư, Quang Huy/ TTXVN",
      persons: [{ name: "Anh Thư" }, { name: "Quang Huy" }],
      personCount: 2,
    },
    {
      // Two reporters in capitals joined by a tight hyphen: two names, not one hyphenated name.
      id: "byline-caps-tight-hyphen",
      input:
        "Lực lượng chức năng đã bàn giao tang vật cho cơ quan điều tra.\n\nTin, ảnh: QUỐC TUẤN-MAI LINH",
      persons: [{ name: "Quốc Tuấn" }, { name: "Mai Linh" }],
      personCount: 2,
    },
    {
      // The contributor's and the outlet's acronyms after "/" are no names (no vowel).
      id: "byline-with-outlet-code",
      input:
        "Nhiều hộ dân đã được hỗ trợ sửa chữa nhà ở trước mùa mưa bão.\nMinh Châu, Thu Hà/ PV TTXVN",
      mentions: [
        { type: "PERSON", text: "Minh Châu" },
        { type: "PERSON", text: "Thu Hà" },
      ],
      persons: [{ name: "Minh Châu" }, { name: "Thu Hà" }],
      personCount: 2,
    },
    {
      id: "photo-credit",
      input: "Các đại biểu tham quan gian hàng trưng bày sản phẩm OCOP của tỉnh.\nẢnh: Quang Vinh",
      mentions: [{ type: "PERSON", text: "Quang Vinh" }],
      persons: [{ name: "Quang Vinh", roles: [] }],
      personCount: 1,
    },
    {
      id: "author-credit",
      input: "Bài viết đoạt giải nhất cuộc thi báo chí năm nay.\nTác giả: Kim Anh",
      mentions: [{ type: "PERSON", text: "Kim Anh" }],
      persons: [{ name: "Kim Anh", roles: [] }],
      personCount: 1,
    },
  ],
  negative: [
    {
      id: "ong-ba-ancestors",
      input: "Ông bà ta thường nói: có công mài sắt, có ngày nên kim.",
      none: ["PERSON"],
    },
    {
      id: "comrades-unnamed",
      input: "Các đồng chí lãnh đạo tỉnh đã tới dự và phát biểu chỉ đạo.",
      none: ["PERSON"],
    },
    {
      id: "office-without-name",
      input: "Chuyến thăm của Tổng thống Mỹ diễn ra trong hai ngày.",
      none: ["PERSON"],
    },
    {
      id: "peace",
      input: "Nhân dân hai nước mong muốn hòa bình, hữu nghị và hợp tác.",
      none: ["PERSON"],
    },
    {
      id: "street-named-after-a-person",
      input: "Đường Nguyễn Thị Minh Khai được trồng thêm hàng cây xanh.",
      none: ["PERSON"],
    },
  ],
};

// ---------------------------------------------------------------------------
// role.ts — titles split from their organizations (TITLE mentions, Person.roles).

export const role: PhaseExamples = {
  positive: [
    {
      // A national bar federation, a law office named after its lawyer (no person
      // there), an NGO's country director.
      id: "lawyers-and-ngo-offices",
      input:
        "Dự có ông Lê Văn Tín, Phó Chủ tịch Liên đoàn Luật sư Việt Nam; bà Hà Thị Thu, luật sư Văn phòng Luật sư Thu Hà; ông John Miller, Giám đốc Quốc gia Tổ chức Plan International.",
      persons: [
        {
          name: "Lê Văn Tín",
          roles: [{ title: "Phó Chủ tịch", organization: "Liên đoàn Luật sư Việt Nam" }],
        },
        { name: "Hà Thị Thu" },
        {
          name: "John Miller",
          roles: [{ title: "Giám đốc Quốc gia", organization: "Tổ chức Plan International" }],
        },
      ],
    },
    {
      // An office only one kind of body has, written bare: the article's body of that
      // kind; the offices of one military command listed one after another share it;
      // a school's name with its levels written out.
      id: "office-of-kind-and-command",
      input:
        "Thứ trưởng Hoàng Văn Sơn cùng cán bộ Bộ Giáo dục và Đào tạo thăm Trường Phổ thông Dân tộc nội trú THCS và THPT huyện Mường Tè. Thầy Lò Văn Pản, Hiệu trưởng, cho biết trường có 400 học sinh. Phía Lai Châu có Đại tá Lê Văn Bình, Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh; Đại tá Giàng A Chá, Chính ủy.",
      persons: [
        {
          name: "Hoàng Văn Sơn",
          roles: [{ title: "Thứ trưởng", organization: "Bộ Giáo dục và Đào tạo" }],
        },
        {
          name: "Lò Văn Pản",
          roles: [
            {
              title: "Hiệu trưởng",
              organization:
                "Trường Phổ thông Dân tộc nội trú Trung học cơ sở và Trung học phổ thông huyện Mường Tè",
            },
          ],
        },
        {
          name: "Lê Văn Bình",
          roles: [
            {
              title: "Chỉ huy trưởng",
              organization: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu",
            },
          ],
        },
        {
          name: "Giàng A Chá",
          roles: [
            { title: "Chính ủy", organization: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu" },
          ],
        },
      ],
    },
    {
      // A standing board's members: their offices are those of its committee; a dash
      // joins two offices.
      id: "standing-board-members",
      input:
        "Ủy ban MTTQ Việt Nam tỉnh Lai Châu đã họp. Ủy ban hiệp thương cử Ban Thường trực gồm: bà Tao Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy – Chủ tịch; ông Lò Văn Phanh – Phó Chủ tịch.",
      persons: [
        {
          name: "Tao Thị Hoa",
          roles: [
            { title: "Ủy viên", organization: "Ban Thường vụ Tỉnh ủy Lai Châu" },
            { title: "Chủ tịch", organization: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu" },
          ],
        },
        {
          name: "Lò Văn Phanh",
          roles: [
            {
              title: "Phó Chủ tịch",
              organization: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu",
            },
          ],
        },
      ],
    },
    {
      // A military region by its number; a diplomat's title before the mission, seated
      // "tại TP.HCM" (the abbreviation's "thành phố" written out); a grassroots union.
      id: "numbered-region-mission-grassroots-union",
      input:
        "Dự có Thiếu tướng Lê Văn Hòa, Phó Tư lệnh Quân khu 7; ông Park Jin-woo, Lãnh sự Tổng Lãnh sự quán Hàn Quốc tại TP.HCM; bà Trần Thị Mai, Chủ tịch Công đoàn cơ sở Công ty TNHH Sao Vàng.",
      persons: [
        { name: "Lê Văn Hòa", roles: [{ title: "Phó Tư lệnh", organization: "Quân khu 7" }] },
        {
          name: "Park Jin-woo",
          roles: [
            {
              title: "Lãnh sự",
              organization: "Tổng Lãnh sự quán Hàn Quốc tại thành phố Hồ Chí Minh",
            },
          ],
        },
        {
          name: "Trần Thị Mai",
          roles: [
            {
              title: "Chủ tịch",
              organization: "Công đoàn cơ sở Công ty trách nhiệm hữu hạn Sao Vàng",
            },
          ],
        },
      ],
    },
    {
      // A foreign governor's title, the province, then the name (no Vietnamese family name).
      id: "foreign-governor-title-province-name",
      input: "Hội nghị do Tỉnh trưởng tỉnh Takeo Kim Sovanna chủ trì.",
      persons: [{ name: "Kim Sovanna", roles: [{ title: "Tỉnh trưởng", organization: null }] }],
    },
    {
      // Personnel decisions: "chỉ định làm", "điều động … làm", "giữ cương vị", a
      // deputy promoted to head the same body, a former office after "từng là", and an
      // office given before its holder ("bầu bổ sung … đối với Đại tá X").
      id: "personnel-decisions",
      input:
        "Ban Thường vụ điều động đồng chí Lò Thị Mai, Phó Trưởng Ban Dân vận Tỉnh ủy Lai Châu, về công tác tại xã Bum Tở và chỉ định làm Bí thư Đảng ủy xã Bum Tở. Đồng chí Vàng Văn Páo, Phó Chánh Văn phòng Tỉnh ủy, được bổ nhiệm làm Chánh Văn phòng. Ông Páo từng là Phó Giám đốc Sở Nội vụ tỉnh Lai Châu. HĐND tỉnh bầu bổ sung Ủy viên UBND tỉnh đối với Đại tá Hà Văn Sùng.",
      options: { date: "2025-10-01" },
      persons: [
        {
          name: "Lò Thị Mai",
          roles: [
            { title: "Phó Trưởng ban", organization: "Ban Dân vận Tỉnh ủy Lai Châu" },
            { title: "Bí thư", organization: "Đảng ủy xã Bum Tở" },
          ],
        },
        {
          name: "Vàng Văn Páo",
          roles: [
            { title: "Phó Chánh Văn phòng", organization: "Văn phòng Tỉnh ủy Lai Châu" },
            { title: "Chánh Văn phòng", organization: "Văn phòng Tỉnh ủy Lai Châu" },
            { title: "Phó Giám đốc", organization: "Sở Nội vụ tỉnh Lai Châu", former: true },
          ],
        },
        {
          name: "Hà Văn Sùng",
          roles: [{ title: "Ủy viên", organization: "Ủy ban nhân dân tỉnh Lai Châu" }],
        },
      ],
    },
    {
      // A committee named by its task in lower case; "kiêm" and "đồng thời là" add
      // offices; "của Ban Chỉ đạo" points back to the committee named before.
      id: "task-committee-and-further-offices",
      input:
        "Dự lễ có Phó Chủ tịch UBND tỉnh Hà Văn Tâm, kiêm Trưởng Ban Chỉ đạo phòng, chống thiên tai tỉnh Yên Bái; bà Lò Thị Nga, Phó Giám đốc Sở Y tế, đồng thời là Phó Trưởng ban Thường trực của Ban Chỉ đạo.",
      persons: [
        {
          name: "Hà Văn Tâm",
          roles: [
            { title: "Phó Chủ tịch", organization: "Ủy ban nhân dân tỉnh Yên Bái" },
            {
              title: "Trưởng ban",
              organization: "Ban Chỉ đạo phòng, chống thiên tai tỉnh Yên Bái",
            },
          ],
        },
        {
          name: "Lò Thị Nga",
          roles: [
            { title: "Phó Giám đốc", organization: "Sở Y tế tỉnh Yên Bái" },
            {
              title: "Phó Trưởng ban Thường trực",
              organization: "Ban Chỉ đạo phòng, chống thiên tai tỉnh Yên Bái",
            },
          ],
        },
      ],
    },
    {
      // "do A, phu nhân Bộ trưởng B làm Trưởng đoàn": A, named right after "do", leads.
      id: "led-by-first-named",
      input:
        "Tỉnh tiếp đoàn phu nhân các Đại sứ do bà Lê Thu Hà, phu nhân Bộ trưởng Bộ Công Thương Trần Văn Bình làm Trưởng đoàn.",
      persons: [
        { name: "Lê Thu Hà", roles: [{ title: "Trưởng đoàn", organization: null }] },
        {
          name: "Trần Văn Bình",
          roles: [{ title: "Bộ trưởng", organization: "Bộ Công Thương" }],
        },
      ],
    },
    {
      // Those listed for one side take that side's body for their bare titles.
      id: "side-list-bare-titles",
      input:
        "Phía Bộ Chỉ huy BĐBP tỉnh Hà Giang có Đại tá Sầm Văn Tiến, Chỉ huy trưởng; Thượng tá Hầu Mí Dín, Phó Chính ủy. Phía Tỉnh đoàn có anh Vàng Seo Sử, Bí thư Tỉnh đoàn.",
      persons: [
        {
          name: "Sầm Văn Tiến",
          roles: [
            {
              title: "Chỉ huy trưởng",
              organization: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang",
            },
          ],
        },
        {
          name: "Hầu Mí Dín",
          roles: [
            { title: "Phó Chính ủy", organization: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang" },
          ],
        },
        {
          name: "Vàng Seo Sử",
          roles: [{ title: "Bí thư", organization: "Tỉnh đoàn Hà Giang" }],
        },
      ],
    },
    {
      // A foreign office followed by its government's name takes that body.
      id: "foreign-office-names-its-government",
      input:
        "Phía bạn có ông Kim Sung-ho, Tỉnh trưởng Chính quyền tỉnh Gyeonggi, cùng các sở liên quan.",
      persons: [
        {
          name: "Kim Sung-ho",
          roles: [{ title: "Tỉnh trưởng", organization: "Chính quyền tỉnh Gyeonggi" }],
        },
      ],
    },
    {
      // The office an election gives, written before the list of those elected; an
      // item's own rank does not end the list.
      id: "office-before-elected-list",
      input:
        "Kỳ họp đã bầu bổ sung 2 Ủy viên UBND tỉnh Sơn La, gồm các đồng chí: Trần Văn Hải - Giám đốc Sở Tài chính; Thượng tá Lò Văn Minh - Giám đốc Công an tỉnh.",
      persons: [
        {
          name: "Trần Văn Hải",
          roles: [
            { title: "Giám đốc", organization: "Sở Tài chính tỉnh Sơn La" },
            { title: "Ủy viên", organization: "Ủy ban nhân dân tỉnh Sơn La" },
          ],
        },
        {
          name: "Lò Văn Minh",
          roles: [
            { title: "Giám đốc", organization: "Công an tỉnh Sơn La" },
            { title: "Ủy viên", organization: "Ủy ban nhân dân tỉnh Sơn La" },
          ],
        },
      ],
    },
    {
      // A deputy's bare title right after its principal's item in a list of those present.
      id: "deputy-after-principal-in-list",
      input:
        "Dự lễ có PGS.TS. Hà Văn Lâm, Hiệu trưởng Trường Đại học Tân Trào; TS. Vi Thị Hồng, Phó Hiệu trưởng; ông Lý Văn Đức, Chủ tịch UBND tỉnh Tuyên Quang.",
      persons: [
        {
          name: "Hà Văn Lâm",
          roles: [{ title: "Hiệu trưởng", organization: "Trường Đại học Tân Trào" }],
        },
        {
          name: "Vi Thị Hồng",
          roles: [{ title: "Phó Hiệu trưởng", organization: "Trường Đại học Tân Trào" }],
        },
        {
          name: "Lý Văn Đức",
          roles: [{ title: "Chủ tịch", organization: "Ủy ban nhân dân tỉnh Tuyên Quang" }],
        },
      ],
    },
    {
      // "Phó Giám đốc Chi nhánh" with no name after it: the branch named before.
      id: "branch-title-points-back",
      input:
        "Chi nhánh NHCSXH tỉnh Yên Bái đã giải ngân 40 tỷ đồng. Bà Phan Thị Lụa, Phó Giám đốc Chi nhánh, cho biết nợ quá hạn giảm.",
      persons: [
        {
          name: "Phan Thị Lụa",
          roles: [
            {
              title: "Phó Giám đốc",
              organization: "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Yên Bái",
            },
          ],
        },
      ],
    },
    {
      // "Đảng ủy phường" is the ward the sentence has just named, not the article's first one.
      id: "implicit-ward-from-its-sentence",
      input:
        "Đoàn đã làm việc tại phường Hoa Lư. Tại phường Trung Sơn, bà Đinh Thị Hoa, Bí thư Đảng ủy phường cho biết người dân đồng thuận cao.",
      persons: [
        {
          name: "Đinh Thị Hoa",
          roles: [{ title: "Bí thư", organization: "Đảng ủy phường Trung Sơn" }],
        },
      ],
    },
    {
      // Several persons listed after a plural honorific share the office they are elected to.
      id: "elected-together",
      input:
        "Tại phiên họp thứ nhất, các đồng chí Lù Thị Mai, Chủ tịch UBND xã và Giàng A Phử, Chủ tịch Ủy ban MTTQ Việt Nam xã được bầu làm Phó Bí thư Đảng ủy xã Y Tý.",
      persons: [
        {
          name: "Lù Thị Mai",
          roles: [
            { title: "Chủ tịch", organization: "Ủy ban nhân dân xã Y Tý" },
            { title: "Phó Bí thư", organization: "Đảng ủy xã Y Tý" },
          ],
        },
        {
          name: "Giàng A Phử",
          roles: [
            { title: "Chủ tịch", organization: "Ủy ban Mặt trận Tổ quốc Việt Nam xã Y Tý" },
            { title: "Phó Bí thư", organization: "Đảng ủy xã Y Tý" },
          ],
        },
      ],
    },
    {
      // A Lao leader's chain (dev 056): the foreign Central Committee after "Ủy viên",
      // the bare "Bí thư" of the province's Tỉnh ủy, the governor with no body.
      id: "lao-secretary-governor-chain",
      input:
        "Đoàn do ông Khamsing Vongsavath, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư, Tỉnh trưởng tỉnh Hủa Phăn dẫn đầu đã thăm tỉnh Thanh Hóa.",
      persons: [
        {
          name: "Khamsing Vongsavath",
          roles: [
            {
              title: "Ủy viên",
              organization: "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào",
            },
            { title: "Bí thư", organization: "Tỉnh ủy Hủa Phăn" },
            { title: "Tỉnh trưởng", organization: null },
          ],
        },
      ],
    },
    {
      // "Tỉnh ủy" without its area before a Lao deputy governor is the Lao province's,
      // not the home province's.
      id: "lao-deputy-secretary-committee-from-governor",
      input:
        "Tiếp đoàn có ông Soukkhaseum Phanthavong, Phó Bí thư Tỉnh ủy, Phó Tỉnh trưởng tỉnh Salavan.",
      options: { context: "Quảng Trị" },
      persons: [
        {
          name: "Soukkhaseum Phanthavong",
          roles: [
            { title: "Phó Bí thư", organization: "Tỉnh ủy Salavan" },
            { title: "Phó Tỉnh trưởng", organization: null },
          ],
        },
      ],
      organizations: ["Tỉnh ủy Salavan"],
    },
    {
      // A Cambodian governor's office has no body; the provincial council is one.
      id: "cambodian-council-chair-and-deputy-governor",
      input:
        "Ông Sim Sovann, Chủ tịch Hội đồng tỉnh Prey Veng, và ông Keo Rithy, Phó Tỉnh trưởng tỉnh Prey Veng, đã thăm tỉnh Tây Ninh.",
      options: { context: "Tây Ninh" },
      persons: [
        {
          name: "Sim Sovann",
          roles: [{ title: "Chủ tịch", organization: "Hội đồng tỉnh Prey Veng" }],
        },
        { name: "Keo Rithy", roles: [{ title: "Phó Tỉnh trưởng", organization: null }] },
      ],
      organizations: ["Hội đồng tỉnh Prey Veng"],
    },
    {
      // The head of the Lao Front in a province.
      id: "lao-front-chair-of-province",
      input:
        "Bà Vanmaly Keophila, Chủ tịch Mặt trận Lào xây dựng đất nước tỉnh Savannakhet, phát biểu tại buổi gặp mặt.",
      persons: [
        {
          name: "Vanmaly Keophila",
          roles: [
            { title: "Chủ tịch", organization: "Mặt trận Lào xây dựng đất nước tỉnh Savannakhet" },
          ],
        },
      ],
    },
    {
      // A national department named without its ministry is the role's body.
      id: "head-of-national-department",
      input:
        "Bà Đinh Thị Thu, Cục trưởng Cục Quản lý lao động ngoài nước, cho biết số lao động xuất cảnh năm nay vượt kế hoạch.",
      persons: [
        {
          name: "Đinh Thị Thu",
          roles: [{ title: "Cục trưởng", organization: "Cục Quản lý lao động ngoài nước" }],
        },
      ],
    },
    {
      id: "head-of-general-department",
      input:
        "Ông Phạm Đức Long, Tổng cục trưởng Tổng cục Hải quan, chủ trì buổi họp trực tuyến với các đơn vị.",
      persons: [
        {
          name: "Phạm Đức Long",
          roles: [{ title: "Tổng cục trưởng", organization: "Tổng cục Hải quan" }],
        },
      ],
    },
    {
      // The ministry in brackets between the department and the holder's name.
      id: "department-ministry-in-brackets-before-name",
      input:
        "Phó Cục trưởng Cục Thú y (Bộ Nông nghiệp và Môi trường) Hoàng Văn Khánh khuyến cáo người dân không giấu dịch.",
      persons: [
        {
          name: "Hoàng Văn Khánh",
          roles: [{ title: "Phó Cục trưởng", organization: "Cục Thú y" }],
        },
      ],
      organizations: ["Cục Thú y", "Bộ Nông nghiệp và Môi trường"],
    },
    {
      // A title written in lower case, then its body and a full name (some papers' house style).
      id: "lower-case-title-body-name",
      input:
        "Trả lời câu hỏi của cử tri, chủ tịch UBND tỉnh Hà Giang Lương Văn Khải cho biết tỉnh sẽ sớm sửa tuyến đường.",
      persons: [
        {
          name: "Lương Văn Khải",
          roles: [{ title: "Chủ tịch", organization: "Ủy ban nhân dân tỉnh Hà Giang" }],
        },
      ],
      personCount: 1,
    },
    {
      // The post's free name ran on into the holder's name: the name is cut off the body.
      id: "name-after-free-named-body",
      input:
        "Trung tá Lò Văn Chiến, Đồn trưởng Đồn Biên phòng Tây Trang, cho biết. Phó đồn trưởng Đồn Biên phòng Na Son Vừ A Dơ nói thêm về công tác tuần tra.",
      persons: [
        {
          name: "Vừ A Dơ",
          roles: [{ title: "Phó Đồn trưởng", organization: "Đồn Biên phòng Na Son" }],
        },
      ],
    },
    {
      // A company's name and its director's, with no comma between them.
      id: "name-after-company-name",
      input:
        "Giám đốc Công ty TNHH Thành Đạt Phạm Quốc Huy cho biết đơn hàng quý này tăng gấp đôi.",
      persons: [
        {
          name: "Phạm Quốc Huy",
          roles: [{ title: "Giám đốc", organization: "Công ty trách nhiệm hữu hạn Thành Đạt" }],
        },
      ],
      organizations: ["Công ty trách nhiệm hữu hạn Thành Đạt"],
    },
    {
      // The policy bank's provincial board and branch; "Giám đốc Chi nhánh" leaves "Chi nhánh" to the body.
      id: "policy-bank-board-and-branch",
      input:
        "Bà Lò Thị Hạnh, Phó Chủ tịch UBND tỉnh, Trưởng Ban đại diện HĐQT NHCSXH tỉnh Điện Biên, dự hội nghị. Ông Quàng Văn Bình, Giám đốc Chi nhánh NHCSXH tỉnh Điện Biên, báo cáo kết quả cho vay.",
      persons: [
        {
          name: "Lò Thị Hạnh",
          roles: [
            { title: "Phó Chủ tịch", organization: "Ủy ban nhân dân tỉnh Điện Biên" },
            {
              title: "Trưởng ban",
              organization:
                "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh Điện Biên",
            },
          ],
        },
        {
          name: "Quàng Văn Bình",
          roles: [
            {
              title: "Giám đốc",
              organization: "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Điện Biên",
            },
          ],
        },
      ],
    },
    {
      // "chi nhánh tỉnh" with no name: the branch in the article's province.
      id: "policy-bank-branch-of-implicit-province",
      input: "Ông Cầm Văn Sơn, Giám đốc NHCSXH chi nhánh tỉnh, cho biết dư nợ ủy thác tăng mạnh.",
      options: { context: "Sơn La" },
      persons: [
        {
          name: "Cầm Văn Sơn",
          roles: [
            {
              title: "Giám đốc",
              organization: "Ngân hàng Chính sách xã hội chi nhánh tỉnh Sơn La",
            },
          ],
        },
      ],
    },
    {
      // "nhà trường", "công ty" after a title point back to the school and the company named before.
      id: "title-with-back-reference",
      input:
        "Trường Cao đẳng Cộng đồng Kon Tum và Công ty cổ phần Sâm Ngọc Linh Măng Đen ký kết hợp tác đào tạo. Ký văn bản có ông Trần Hữu Phước, Hiệu trưởng nhà trường và bà Y Thị Mai, Giám đốc công ty.",
      persons: [
        {
          name: "Trần Hữu Phước",
          roles: [{ title: "Hiệu trưởng", organization: "Trường Cao đẳng Cộng đồng Kon Tum" }],
        },
        {
          name: "Y Thị Mai",
          roles: [{ title: "Giám đốc", organization: "Công ty cổ phần Sâm Ngọc Linh Măng Đen" }],
        },
      ],
    },
    {
      // "Sở" alone after a title: the Sở the article is about (named most), not a
      // former one named nearer in the same sentence.
      id: "title-with-bare-head-back-reference",
      input:
        "Sở Xây dựng tỉnh Hà Giang công bố quyết định về công tác cán bộ. Lãnh đạo Sở Xây dựng tỉnh Hà Giang chúc mừng các đồng chí. Theo đó, ông Lò Văn Khiêm, nguyên Phó Giám đốc Sở Giao thông vận tải tỉnh Hà Giang, được bổ nhiệm làm Phó Giám đốc Sở.",
      persons: [
        {
          name: "Lò Văn Khiêm",
          roles: [
            {
              title: "Phó Giám đốc",
              organization: "Sở Giao thông vận tải tỉnh Hà Giang",
              former: true,
            },
            { title: "Phó Giám đốc", organization: "Sở Xây dựng tỉnh Hà Giang" },
          ],
        },
      ],
    },
    {
      // The title said again bare before the same name is the office already stated.
      id: "bare-title-repeated-before-name",
      input:
        "Ông Đinh Công Lực, Giám đốc Sở Y tế tỉnh Hòa Bình, chủ trì hội nghị. Kết thúc buổi làm việc, Giám đốc Đinh Công Lực yêu cầu các bệnh viện rà soát thuốc.",
      persons: [
        {
          name: "Đinh Công Lực",
          roles: [{ title: "Giám đốc", organization: "Sở Y tế tỉnh Hòa Bình" }],
        },
      ],
    },
    {
      // A bare "Đảng ủy" before a named body's title is that body's; before an area's body, the area's.
      id: "party-committee-of-next-named-body",
      input:
        "PGS.TS Nguyễn Văn Hùng, Bí thư Đảng ủy, Hiệu trưởng Trường Đại học Hồng Đức, phát biểu khai mạc. Ông Lê Văn Tâm, Bí thư Đảng ủy, Chủ tịch UBND xã Tân Lập cũng có mặt.",
      persons: [
        {
          name: "Nguyễn Văn Hùng",
          roles: [
            { title: "Bí thư", organization: "Đảng ủy Trường Đại học Hồng Đức" },
            { title: "Hiệu trưởng", organization: "Trường Đại học Hồng Đức" },
          ],
        },
        {
          name: "Lê Văn Tâm",
          roles: [
            { title: "Bí thư", organization: "Đảng ủy xã Tân Lập" },
            { title: "Chủ tịch", organization: "Ủy ban nhân dân xã Tân Lập" },
          ],
        },
      ],
    },
    {
      // A friendship association is named for the two peoples it joins, then its area.
      id: "title-of-friendship-association",
      input:
        "Ông Phạm Văn Tú, Chủ tịch Hội Hữu nghị Việt Nam - Cu Ba tỉnh Quảng Trị, tặng quà cho các gia đình chính sách.",
      persons: [
        {
          name: "Phạm Văn Tú",
          roles: [
            {
              title: "Chủ tịch",
              organization: "Hội Hữu nghị Việt Nam - Cu Ba tỉnh Quảng Trị",
              span: "Chủ tịch",
            },
          ],
        },
      ],
    },
    {
      // The committee's name is often written without its comma.
      id: "title-of-assembly-committee-without-comma",
      input:
        "Bà Trịnh Thu Hằng, Ủy viên chuyên trách Ủy ban Tài chính Ngân sách của Quốc hội, trao đổi với cử tri huyện.",
      persons: [
        {
          name: "Trịnh Thu Hằng",
          roles: [
            {
              title: "Ủy viên chuyên trách",
              organization: "Ủy ban Tài chính, Ngân sách của Quốc hội",
            },
          ],
        },
      ],
    },
    {
      // The Lao party's Central Committee, not Việt Nam's followed by a stray name.
      id: "member-of-lao-central-committee",
      input:
        "Đồng chí Somphone Keovilay, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, dẫn đầu đoàn công tác.",
      persons: [
        {
          name: "Somphone Keovilay",
          roles: [
            {
              title: "Ủy viên",
              organization: "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào",
            },
          ],
        },
      ],
    },
    {
      // The short name defined in brackets names the body after a later title.
      id: "title-before-bracketed-short-name",
      input:
        "Sở Xây dựng tỉnh Long An vừa làm việc với Tổng công ty Phát triển hạ tầng Sao Mai (SMI). Ông Đỗ Quang Huy, Phó Tổng Giám đốc SMI, cam kết hoàn thành dự án trong năm nay.",
      persons: [
        {
          name: "Đỗ Quang Huy",
          roles: [
            {
              title: "Phó Tổng Giám đốc",
              organization: "Tổng công ty Phát triển hạ tầng Sao Mai",
              span: "Phó Tổng Giám đốc",
            },
          ],
        },
      ],
    },
    {
      id: "title-of-body-ending-in-compound",
      input:
        "Bà Lê Thu Trang, Phó Hiệu trưởng Trường Đại học Kinh tế quốc dân, phát biểu tại buổi lễ.",
      persons: [
        {
          name: "Lê Thu Trang",
          roles: [
            {
              title: "Phó Hiệu trưởng",
              organization: "Trường Đại học Kinh tế quốc dân",
              span: "Phó Hiệu trưởng",
            },
          ],
        },
      ],
    },
    {
      id: "chain-completes-tinh-uy",
      input:
        "Đồng chí Lê Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Kiên Giang chủ trì hội nghị.",
      mentions: [
        { type: "TITLE", text: "Phó Bí thư", value: "Phó Bí thư" },
        { type: "TITLE", text: "Chủ tịch", value: "Chủ tịch" },
      ],
      persons: [
        {
          name: "Lê Minh Tuấn",
          roles: [
            { title: "Phó Bí thư", organization: "Tỉnh ủy Kiên Giang", span: "Phó Bí thư" },
            {
              title: "Chủ tịch",
              organization: "Ủy ban nhân dân tỉnh Kiên Giang",
              span: "Chủ tịch",
            },
          ],
        },
      ],
    },
    {
      id: "rank-is-no-title",
      input:
        "Đại tá Phạm Văn Long, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Gia Lai, đã kiểm tra công tác huấn luyện.",
      mentions: [{ type: "TITLE", text: "Chỉ huy trưởng", value: "Chỉ huy trưởng" }],
      persons: [
        {
          name: "Phạm Văn Long",
          roles: [
            {
              title: "Chỉ huy trưởng",
              organization: "Bộ Chỉ huy Quân sự tỉnh Gia Lai",
              span: "Chỉ huy trưởng",
            },
          ],
        },
      ],
      organizations: ["Bộ Chỉ huy Quân sự tỉnh Gia Lai"],
    },
    {
      id: "sub-unit-of-next-body",
      input:
        "Ông Đỗ Minh Tâm, Bí thư Đảng đoàn, Chủ tịch Liên đoàn Lao động tỉnh Phú Yên đã phát động tháng công nhân.",
      persons: [
        {
          name: "Đỗ Minh Tâm",
          roles: [
            { title: "Bí thư", organization: "Đảng đoàn Liên đoàn Lao động tỉnh Phú Yên" },
            { title: "Chủ tịch", organization: "Liên đoàn Lao động tỉnh Phú Yên" },
          ],
        },
      ],
    },
    {
      id: "truong-ban-absorbs-head",
      input: "Bà Lò Thị Thủy, Trưởng Ban Dân vận Tỉnh ủy Lai Châu, đã chủ trì buổi làm việc.",
      persons: [
        {
          name: "Lò Thị Thủy",
          roles: [{ title: "Trưởng ban", organization: "Ban Dân vận Tỉnh ủy Lai Châu" }],
        },
      ],
    },
    {
      id: "standing-committee-member-completed",
      input:
        "Ông Hoàng Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La đã tiếp đoàn công tác.",
      mentions: [{ type: "TITLE", text: "Ủy viên", value: "Ủy viên" }],
      persons: [
        {
          name: "Hoàng Văn Nam",
          roles: [
            { title: "Ủy viên", organization: "Ban Thường vụ Tỉnh ủy Sơn La", span: "Ủy viên" },
            { title: "Chủ tịch", organization: "Ủy ban nhân dân tỉnh Sơn La", span: "Chủ tịch" },
          ],
        },
      ],
    },
    {
      id: "former-holder",
      input: "Ông Đỗ Quang Vinh, nguyên Chủ tịch UBND tỉnh Hưng Yên, đã về thăm trường cũ.",
      persons: [
        {
          name: "Đỗ Quang Vinh",
          roles: [
            { title: "Chủ tịch", organization: "Ủy ban nhân dân tỉnh Hưng Yên", former: true },
          ],
        },
      ],
    },
    {
      id: "title-without-body",
      input: "Chủ tịch nước Lương Cường đã gửi thư chúc Tết đồng bào, chiến sĩ cả nước.",
      mentions: [{ type: "TITLE", text: "Chủ tịch nước", value: "Chủ tịch nước" }],
      persons: [
        {
          name: "Lương Cường",
          roles: [{ title: "Chủ tịch nước", organization: null, span: "Chủ tịch nước" }],
        },
      ],
    },
    {
      id: "member-of-central-committee",
      input:
        "Ông Nguyễn Văn Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Trị đã trao quà cho gia đình chính sách.",
      persons: [
        {
          name: "Nguyễn Văn Bình",
          roles: [
            { title: "Ủy viên", organization: "Ban Chấp hành Trung ương Đảng" },
            { title: "Bí thư", organization: "Tỉnh ủy Quảng Trị", span: "Bí thư" },
          ],
        },
      ],
    },
    {
      id: "member-of-central-committee-no-extra-body",
      input:
        "Ông Nguyễn Văn Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Trị đã trao quà cho gia đình chính sách.",
      organizations: ["Ban Chấp hành Trung ương Đảng", "Tỉnh ủy Quảng Trị"],
    },
    {
      id: "tinh-uy-vien",
      input:
        "Đồng chí Vàng A Sử, Tỉnh ủy viên, Bí thư Huyện ủy Mường Nhé đã dự lễ khánh thành trường học.",
      options: { context: "Điện Biên" },
      persons: [
        {
          name: "Vàng A Sử",
          roles: [
            { title: "Ủy viên", organization: "Tỉnh ủy Điện Biên" },
            { title: "Bí thư", organization: "Huyện ủy Mường Nhé", span: "Bí thư" },
          ],
        },
      ],
    },
    {
      id: "tinh-uy-vien-span",
      input:
        "Đồng chí Vàng A Sử, Tỉnh ủy viên, Bí thư Huyện ủy Mường Nhé đã dự lễ khánh thành trường học.",
      options: { context: "Điện Biên" },
      mentions: [{ type: "TITLE", text: "Tỉnh ủy viên", value: "Ủy viên" }],
    },
    {
      id: "deputy-of-national-assembly",
      input: "Bà Trần Thị Hòa, Đại biểu Quốc hội tỉnh Vĩnh Phúc, đã tiếp xúc cử tri huyện Tam Đảo.",
      persons: [
        {
          name: "Trần Thị Hòa",
          roles: [{ title: "Đại biểu", organization: "Quốc hội", span: "Đại biểu" }],
        },
      ],
    },
    {
      id: "chanh-van-phong-shares-head",
      input:
        "Ông Lê Quang Huy, Chánh Văn phòng Tỉnh ủy Thừa Thiên Huế, thông tin về kết quả hội nghị.",
      persons: [
        {
          name: "Lê Quang Huy",
          roles: [{ title: "Chánh Văn phòng", organization: "Văn phòng Tỉnh ủy Thừa Thiên Huế" }],
        },
      ],
    },
    {
      id: "bracketed-title",
      input: "Hội nghị có sự tham dự của Nguyễn Văn Thắng (Giám đốc Sở Xây dựng tỉnh Bắc Ninh).",
      mentions: [{ type: "TITLE", text: "Giám đốc", value: "Giám đốc" }],
      persons: [
        {
          name: "Nguyễn Văn Thắng",
          roles: [
            { title: "Giám đốc", organization: "Sở Xây dựng tỉnh Bắc Ninh", span: "Giám đốc" },
          ],
        },
      ],
    },
    {
      id: "long-title-before-name",
      input:
        "Phó Chủ tịch Thường trực UBND tỉnh Hòa Bình Nguyễn Văn Toàn đã kiểm tra tiến độ dự án.",
      mentions: [
        { type: "TITLE", text: "Phó Chủ tịch Thường trực", value: "Phó Chủ tịch Thường trực" },
      ],
      persons: [
        {
          name: "Nguyễn Văn Toàn",
          roles: [
            {
              title: "Phó Chủ tịch Thường trực",
              organization: "Ủy ban nhân dân tỉnh Hòa Bình",
              span: "Phó Chủ tịch Thường trực",
            },
          ],
        },
      ],
    },
    {
      id: "kiem-joins-titles",
      input:
        "Ông Phan Văn Mãi, Phó Bí thư Thường trực Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Bến Tre, phát biểu bế mạc.",
      persons: [
        {
          name: "Phan Văn Mãi",
          roles: [
            {
              title: "Phó Bí thư Thường trực",
              organization: "Tỉnh ủy Bến Tre",
              span: "Phó Bí thư Thường trực",
            },
            { title: "Chủ tịch", organization: "Hội đồng nhân dân tỉnh Bến Tre", span: "Chủ tịch" },
          ],
        },
      ],
    },
    {
      id: "appointed-to-office",
      input:
        "Ông Nguyễn Văn Phúc được bổ nhiệm giữ chức Giám đốc Sở Y tế tỉnh Tuyên Quang từ ngày 1/10.",
      mentions: [{ type: "TITLE", text: "Giám đốc", value: "Giám đốc" }],
      persons: [
        {
          name: "Nguyễn Văn Phúc",
          roles: [
            { title: "Giám đốc", organization: "Sở Y tế tỉnh Tuyên Quang", span: "Giám đốc" },
          ],
        },
      ],
    },
    {
      id: "elected-to-office",
      input:
        "Hội nghị đã bầu bà Lê Thị Hồng giữ chức Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Ninh Bình nhiệm kỳ mới.",
      persons: [
        {
          name: "Lê Thị Hồng",
          gender: "female",
          roles: [
            {
              title: "Chủ tịch",
              organization: "Hội Liên hiệp Phụ nữ tỉnh Ninh Bình",
              span: "Chủ tịch",
            },
          ],
        },
      ],
    },
    {
      id: "foreign-office",
      input: "Tổng thống Mỹ Joe Biden đã có cuộc điện đàm với lãnh đạo các nước trong khu vực.",
      mentions: [{ type: "TITLE", text: "Tổng thống", value: "Tổng thống" }],
      persons: [
        {
          name: "Joe Biden",
          roles: [{ title: "Tổng thống", organization: null, span: "Tổng thống" }],
        },
      ],
    },
  ],
  negative: [
    { id: "rank-alone", input: "Thiếu tướng Nguyễn Văn Sơn đã tới dự buổi lễ.", none: ["TITLE"] },
    {
      id: "office-of-no-one",
      input: "Chủ tịch UBND các xã phải chịu trách nhiệm trước pháp luật.",
      none: ["TITLE"],
    },
    {
      id: "directors-in-general",
      input: "Giám đốc các sở, ngành tham dự hội nghị trực tuyến.",
      none: ["TITLE"],
    },
    {
      id: "unnamed-leaders",
      input: "Các đồng chí lãnh đạo tỉnh đã tới dự và tặng hoa chúc mừng.",
      none: ["TITLE"],
    },
    {
      // A lower-case title with no name after it is a word of the sentence.
      id: "lower-case-title-without-name",
      input: "Tại kỳ họp, ông được bầu làm chủ tịch UBND xã nhiệm kỳ mới.",
      none: ["TITLE"],
    },
    {
      // A school named after a historical figure keeps the figure in its name.
      id: "school-named-after-figure",
      input:
        "Hiệu trưởng Trường THPT Chuyên Lê Quý Đôn cho biết năm nay trường có 12 giải quốc gia.",
      none: ["PERSON"],
    },
  ],
};

// ---------------------------------------------------------------------------
// location.ts — admin word + name, bare provinces and countries, lists.

export const location: PhaseExamples = {
  positive: [
    {
      // A country named in another language is kept as written; a capitalised admin
      // word after a feature's kind is the feature's name.
      id: "country-as-written-and-feature-name",
      input: "Đoàn đã sang Australia học tập. Du khách đến thác Bản Giốc ngày càng đông.",
      locations: [
        { name: "Australia", level: "country" },
        { name: "thác Bản Giốc", level: "other" },
      ],
    },
    {
      // A law's name ends with the country: no location there; a place after "tại" and
      // a comma is no person's name before a title.
      id: "law-name-and-place-before-title",
      input:
        "Chiều 9/4, tại Hà Nội, Thứ trưởng Bộ Công an Lê Văn Tâm nhắc lại Luật Biên phòng Việt Nam.",
      locations: [{ name: "Hà Nội", level: "province" }],
      persons: [
        { name: "Lê Văn Tâm", roles: [{ title: "Thứ trưởng", organization: "Bộ Công an" }] },
      ],
    },
    {
      // Places no gazetteer lists, by their lower-case kind: infrastructure by its name alone,
      // rivers and mountains with their kind word.
      id: "features-by-kind",
      input:
        "Hàng hóa từ cảng Chân Mây và sân bay Phù Cát theo cao tốc Vĩnh Hảo - Phan Thiết ra bờ sông Lam, gần núi Hồng Lĩnh.",
      mentions: [
        { type: "LOCATION", text: "Chân Mây" },
        { type: "LOCATION", text: "Phù Cát" },
        { type: "LOCATION", text: "Vĩnh Hảo" },
        { type: "LOCATION", text: "Phan Thiết" },
        { type: "LOCATION", text: "sông Lam" },
        { type: "LOCATION", text: "núi Hồng Lĩnh" },
      ],
    },
    {
      // Streets by their lower-case kind word, named for a person or a date; not "thành phố", "khu phố".
      id: "streets-by-kind-word",
      input:
        "Tuyến xe buýt mới chạy từ đường Lê Thánh Tông qua phố Hàng Khay tới đường 30/4 của thành phố Nam Định, khu phố 2.",
      mentions: [
        { type: "LOCATION", text: "Lê Thánh Tông" },
        { type: "LOCATION", text: "Hàng Khay" },
        { type: "LOCATION", text: "30/4" },
      ],
      locations: [{ name: "Lê Thánh Tông", level: "other" }],
      personCount: 0,
    },
    {
      // A landmark's capitalised name is one place, the rank or title in it included; no person.
      id: "landmark-with-rank-in-name",
      input:
        "Đoàn công tác đã đến thăm Bảo tàng Thiếu tướng Trần Văn Quang và dâng hương tại Khu di tích Đồi A1.",
      locations: [
        { name: "Bảo tàng Thiếu tướng Trần Văn Quang", level: "other" },
        { name: "Khu di tích Đồi A1", level: "other" },
      ],
      personCount: 0,
    },
    {
      // A country's formal name is the country under its common name.
      id: "country-formal-name",
      input: "Đoàn đại biểu Vương quốc Campuchia đã sang thăm và làm việc tại tỉnh Tây Ninh.",
      locations: [{ name: "Campuchia", level: "country" }],
    },
    {
      // Districts and towns named bare after a word of place, and the list that goes on from one.
      id: "bare-districts-after-place-word",
      input: "Dịp nghỉ lễ, nhiều gia đình ở Hà Nội đổ về Hội An, Sa Pa và Hạ Long để nghỉ dưỡng.",
      mentions: [
        { type: "LOCATION", text: "Hội An" },
        { type: "LOCATION", text: "Sa Pa" },
        { type: "LOCATION", text: "Hạ Long" },
      ],
    },
    {
      // A district written with its province after a comma.
      id: "district-with-its-province",
      input: "Chị Vũ Thị Hằng, quê Chí Linh, Hải Dương, đã có mười năm làm nghề dệt chiếu.",
      mentions: [
        { type: "LOCATION", text: "Chí Linh" },
        { type: "LOCATION", text: "Hải Dương" },
      ],
    },
    {
      // "VN", the country's short form in headlines and sports news.
      id: "country-short-form",
      input: "Đội tuyển bóng chuyền nữ VN đã giành vé vào bán kết.",
      locations: [{ name: "Việt Nam", level: "country" }],
    },
    {
      // A border crossing's two sides across a dash; no gazetteer lists either gate.
      id: "border-gate-pair",
      input: "Xe chở nông sản nối đuôi nhau qua cặp cửa khẩu quốc tế Tây Trang – Sop Hun.",
      mentions: [
        { type: "LOCATION", text: "Tây Trang" },
        { type: "LOCATION", text: "Sop Hun" },
      ],
      locations: [
        { name: "Tây Trang", level: "other" },
        { name: "Sop Hun", level: "other" },
      ],
    },
    {
      // "Cha" is also an honorific (a priest): after "cửa khẩu" it starts the gate's name.
      id: "border-gate-list-and-pass",
      input:
        "Lực lượng biên phòng tăng cường tuần tra tại các cửa khẩu chính Cha Lo, Săm Pun và đèo Khau Phạ.",
      mentions: [
        { type: "LOCATION", text: "Cha Lo" },
        { type: "LOCATION", text: "Săm Pun" },
        { type: "LOCATION", text: "Khau Phạ" },
      ],
      locations: [
        { name: "Cha Lo", level: "other" },
        { name: "Săm Pun", level: "other" },
        { name: "Khau Phạ", level: "other" },
      ],
      personCount: 0,
    },
    {
      // Words saying what kind of unit stand between the plural admin word and the names.
      id: "unit-descriptor-before-list",
      input: "Đoàn đã đến thăm các xã biên giới Nậm Khao, Pa Thơm và Mù Cả, tặng quà cho hộ nghèo.",
      mentions: [
        { type: "LOCATION", text: "Nậm Khao" },
        { type: "LOCATION", text: "Pa Thơm" },
        { type: "LOCATION", text: "Mù Cả" },
      ],
    },
    {
      // "Nhiều xã … như": a plural admin word too.
      id: "many-units-such-as",
      input: "Nhiều xã vùng cao như Sín Chéng, Bản Mế đã có đường bê tông đến trung tâm.",
      mentions: [
        { type: "LOCATION", text: "Sín Chéng" },
        { type: "LOCATION", text: "Bản Mế" },
      ],
    },
    {
      // A foreign city of one word: distinctive abroad (at home one word is too often a name).
      id: "foreign-city-one-word",
      input: "Tỉnh sẽ tổ chức hội nghị xúc tiến đầu tư tại Osaka vào tháng 10.",
      mentions: [{ type: "LOCATION", text: "Osaka" }],
      locations: [{ name: "Osaka", level: "other" }],
    },
    {
      // Regions whose names begin in lower case: the capitalised-word scan never starts there.
      id: "lower-case-regions",
      input:
        "Hàng cứu trợ được chuyển vào miền Trung, còn gạo từ đồng bằng sông Cửu Long được xuất sang châu Á.",
      mentions: [
        { type: "LOCATION", text: "miền Trung" },
        { type: "LOCATION", text: "đồng bằng sông Cửu Long" },
        { type: "LOCATION", text: "châu Á" },
      ],
      locations: [
        { name: "miền Trung", level: "region" },
        { name: "Đồng bằng sông Cửu Long", level: "region" },
        { name: "châu Á", level: "region" },
      ],
    },
    {
      // A ward named after a historical figure: the admin word makes it a place.
      id: "ward-named-after-a-person",
      input: "Buổi lễ ra quân diễn ra sáng nay tại phường Lý Thường Kiệt, thành phố Quy Nhơn.",
      mentions: [{ type: "LOCATION", text: "Lý Thường Kiệt" }],
      locations: [{ name: "Lý Thường Kiệt", level: "commune" }],
      personCount: 0,
    },
    {
      id: "province-merged-in-2025",
      input: "Sáng 12/5, đoàn công tác đã làm việc tại tỉnh Yên Bái.",
      mentions: [{ type: "LOCATION", text: "Yên Bái" }],
      locations: [
        {
          name: "Yên Bái",
          level: "province",
          code: "15",
          current: { name: "Lào Cai", code: "15" },
        },
      ],
    },
    {
      id: "commune-district-province",
      input: "Đoàn đã đến thăm các hộ dân ở xã Tả Phìn, huyện Sa Pa, tỉnh Lào Cai.",
      mentions: [
        { type: "LOCATION", text: "Tả Phìn" },
        { type: "LOCATION", text: "Sa Pa" },
        { type: "LOCATION", text: "Lào Cai" },
      ],
      locations: [
        { name: "Tả Phìn", level: "commune" },
        { name: "Sa Pa", level: "district", current: { name: "Lào Cai", code: "15" } },
        {
          name: "Lào Cai",
          level: "province",
          code: "10",
          current: { name: "Lào Cai", code: "15" },
        },
      ],
    },
    {
      id: "bare-province",
      input: "Nhiều du khách đã đến Hà Nội dịp cuối năm để tham quan phố cổ.",
      mentions: [{ type: "LOCATION", text: "Hà Nội" }],
      locations: [{ name: "Hà Nội", level: "province", code: "01" }],
    },
    {
      id: "bare-country",
      input: "Đoàn công tác của tỉnh đã sang thăm và làm việc tại Nhật Bản.",
      mentions: [{ type: "LOCATION", text: "Nhật Bản" }],
      locations: [{ name: "Nhật Bản", level: "country" }],
    },
    {
      id: "list-after-plural-admin-word",
      input: "Mưa lớn gây ngập úng cục bộ tại các xã Tả Van, Tả Phìn.",
      mentions: [
        { type: "LOCATION", text: "Tả Van" },
        { type: "LOCATION", text: "Tả Phìn" },
      ],
      locations: [
        { name: "Tả Van", level: "commune" },
        { name: "Tả Phìn", level: "commune" },
      ],
    },
    {
      id: "district-with-province-in-brackets",
      input: "Tuyến đường nối Bát Xát (Lào Cai) với cửa khẩu quốc tế đã hoàn thành.",
      mentions: [
        { type: "LOCATION", text: "Bát Xát" },
        { type: "LOCATION", text: "Lào Cai" },
      ],
      locations: [
        { name: "Bát Xát", level: "district" },
        { name: "Lào Cai", level: "province" },
      ],
    },
    {
      id: "foreign-province",
      input: "Đoàn đã làm việc với chính quyền tỉnh Savannakhet của nước bạn Lào.",
      mentions: [
        { type: "LOCATION", text: "Savannakhet" },
        { type: "LOCATION", text: "Lào" },
      ],
      locations: [
        { name: "Savannakhet", level: "province" },
        { name: "Lào", level: "country" },
      ],
    },
    {
      id: "centrally-run-city",
      input: "Tối 2/9, đông đảo người dân thành phố Đà Nẵng đã xem bắn pháo hoa.",
      mentions: [{ type: "LOCATION", text: "Đà Nẵng" }],
      locations: [
        {
          name: "Đà Nẵng",
          level: "province",
          code: "48",
          current: { name: "Đà Nẵng", code: "48" },
        },
      ],
    },
    {
      id: "official-tone-placement",
      input: "Đồng bào các dân tộc tỉnh Hòa Bình luôn đoàn kết, chung sức xây dựng quê hương.",
      mentions: [{ type: "LOCATION", text: "Hòa Bình" }],
      locations: [
        {
          name: "Hòa Bình",
          level: "province",
          code: "17",
          current: { name: "Phú Thọ", code: "25" },
        },
      ],
    },
    {
      id: "abbreviated-city",
      input: "Nhiều doanh nghiệp tại TP.HCM đã tăng lương cho người lao động.",
      mentions: [{ type: "LOCATION", text: "TP.HCM" }],
      locations: [{ name: "Hồ Chí Minh", level: "province", code: "79" }],
    },
    {
      id: "area-of-cac-cap",
      input: "Mặt trận các cấp tỉnh Lào Cai đã vận động nhân dân hiến đất làm đường.",
      mentions: [{ type: "LOCATION", text: "Lào Cai" }],
      locations: [{ name: "Lào Cai", level: "province" }],
    },
    {
      id: "district-and-commune",
      input: "Tham dự có lãnh đạo huyện Mường Khương và xã Bản Lầu.",
      mentions: [
        { type: "LOCATION", text: "Mường Khương" },
        { type: "LOCATION", text: "Bản Lầu" },
      ],
      locations: [
        { name: "Mường Khương", level: "district", code: "083" },
        { name: "Bản Lầu", level: "commune" },
      ],
    },
  ],
  negative: [
    {
      // "thác" and "đỉnh" end other words too: "khai thác", "thượng đỉnh".
      id: "feature-kind-inside-a-word",
      input: "Tàu khai thác IUU bị xử phạt ngay trước hội nghị thượng đỉnh Mekong.",
      none: ["LOCATION"],
    },
    {
      // Points of the compass after a road's kind are its direction, not places.
      id: "expressway-directions",
      input: "Khu công nghiệp nằm gần cao tốc Bắc - Nam, thuận lợi cho nhà đầu tư.",
      none: ["LOCATION"],
    },
    {
      // A number after an admin word names the unit ("phường 12"), but not when it counts things.
      id: "count-after-admin-word",
      input:
        "Nhân dịp này, Hội Khuyến học tỉnh trao cho phường 30 suất học bổng và 12 chiếc xe đạp.",
      none: ["LOCATION"],
    },
    {
      id: "heroic-mother-title",
      input: "Đoàn đến thăm hỏi, tặng quà Bà mẹ Việt Nam anh hùng tại xã biên giới.",
      none: ["LOCATION"],
    },
    {
      // "Anh" as the honorific of a name, not the country (England).
      id: "honorific-anh-is-no-country",
      input: "Anh Tuấn, chủ nhiệm hợp tác xã, cho biết sản lượng năm nay tăng khá.",
      none: ["LOCATION"],
    },
    {
      // The lead words of lower-case regions alone, or before no region, are words.
      id: "region-lead-words-alone",
      input: "Các đồng chí ký hợp đồng mua châu báu tại miền núi.",
      none: ["LOCATION"],
    },
    {
      // A region inside a European body's name is no place of its own.
      id: "region-inside-european-body",
      input: "Đoàn công tác của Ủy ban châu Âu làm việc với tỉnh về thương mại.",
      none: ["LOCATION"],
    },
    {
      id: "people-not-place",
      input: "Người Việt Nam ở nước ngoài luôn hướng về quê hương.",
      none: ["LOCATION"],
    },
    {
      id: "nation-not-place",
      input: "Nhân dân Lào luôn coi trọng tình hữu nghị đặc biệt.",
      none: ["LOCATION"],
    },
    {
      id: "area-inside-organization",
      input: "Ủy ban MTTQ tỉnh Yên Bái đã trao 50 suất quà cho hộ nghèo.",
      none: ["LOCATION"],
    },
    {
      id: "peace-is-no-province",
      input: "Nhân dân mong muốn hòa bình, ổn định để phát triển.",
      none: ["LOCATION"],
    },
    {
      id: "language-not-place",
      input: "Em bắt đầu học tiếng Anh từ năm lớp ba.",
      none: ["LOCATION"],
    },
  ],
};

// ---------------------------------------------------------------------------
// temporal.ts — dates (resolved with the `date` option), periods, money.

export const temporal: PhaseExamples = {
  positive: [
    {
      id: "day-month-with-publication-date",
      input: "Sáng 14/7, hơn 300 đoàn viên thanh niên đã ra quân dọn vệ sinh môi trường.",
      options: { date: "2024-03-01" },
      mentions: [{ type: "DATE", text: "14/7", value: "2024-07-14" }],
    },
    {
      id: "day-month-year-unknown",
      input: "Sáng 14/7, hơn 300 đoàn viên thanh niên đã ra quân dọn vệ sinh môi trường.",
      mentions: [{ type: "DATE", text: "14/7", value: "--07-14" }],
    },
    {
      id: "period-after-giai-doan",
      input: "Kế hoạch được triển khai trong giai đoạn 2024 - 2026 với nhiều nội dung thiết thực.",
      mentions: [{ type: "PERIOD", text: "2024 - 2026", value: "2024/2026" }],
    },
    {
      id: "period-as-one-token",
      input: "Nhiệm kỳ 2020-2025, Ban Chấp hành đã lãnh đạo hoàn thành các chỉ tiêu.",
      mentions: [{ type: "PERIOD", text: "2020-2025", value: "2020/2025" }],
    },
    {
      id: "period-years-without-cue",
      input: "Chương trình được thực hiện từ 2021 - 2025 tại các huyện miền núi.",
      mentions: [{ type: "PERIOD", text: "2021 - 2025", value: "2021/2025" }],
    },
    {
      id: "money-billions",
      input: "Tổng kinh phí hỗ trợ là 3,7 tỷ đồng từ nguồn xã hội hóa.",
      mentions: [{ type: "MONEY", text: "3,7 tỷ đồng", value: 3700000000 }],
    },
    {
      id: "money-millions",
      input: "Mỗi hộ được hỗ trợ 500 triệu đồng để xây dựng nhà ở.",
      mentions: [{ type: "MONEY", text: "500 triệu đồng", value: 500000000 }],
    },
    {
      id: "money-thousands-separator",
      input: "Mỗi suất quà trị giá 200.000 đồng gồm gạo, dầu ăn và sữa.",
      mentions: [{ type: "MONEY", text: "200.000 đồng", value: 200000 }],
    },
    {
      id: "money-per-person",
      input: "Mức hỗ trợ là 1,5 triệu đồng/người/tháng trong thời gian điều trị.",
      mentions: [{ type: "MONEY", text: "1,5 triệu đồng", value: 1500000 }],
    },
    {
      id: "date-in-words",
      input: "Ngày 13 tháng 10 năm 2023, hội nghị được tổ chức tại Hà Nội.",
      mentions: [{ type: "DATE", text: "13 tháng 10 năm 2023", value: "2023-10-13" }],
    },
    {
      id: "year",
      input: "Trong năm 2024, toàn tỉnh giảm được hơn 2.000 hộ nghèo.",
      mentions: [{ type: "DATE", text: "năm 2024", value: "2024" }],
    },
    {
      id: "full-date",
      input: "Hội nghị diễn ra ngày 23/6/2021 tại hội trường Tỉnh ủy.",
      mentions: [{ type: "DATE", text: "23/6/2021", value: "2021-06-23" }],
    },
    {
      id: "dotted-full-date",
      input: "Ngày 15.8.2016, công trình thủy lợi được khởi công.",
      mentions: [{ type: "DATE", text: "15.8.2016", value: "2016-08-15" }],
    },
    {
      id: "dashed-day-month-after-cue",
      input: "Chiều 8-12, Ban Thường vụ Tỉnh ủy Bắc Kạn đã họp phiên thường kỳ.",
      options: { date: "2023-12-09" },
      mentions: [{ type: "DATE", text: "8-12", value: "2023-12-08" }],
    },
  ],
  negative: [
    {
      id: "count-of-gifts-is-no-money",
      input: "Đã trao 127.600 suất quà cho hộ nghèo dịp Tết.",
      none: ["MONEY"],
    },
    {
      id: "school-grade",
      input: "Học sinh lớp 10 được miễn học phí.",
      none: ["DATE", "PERIOD", "MONEY"],
    },
    { id: "percentage", input: "Tỷ lệ hộ nghèo giảm còn 3,5% so với cùng kỳ.", none: ["MONEY"] },
    {
      id: "households",
      input: "Xã có 1.250 hộ dân, trong đó 120 hộ nghèo.",
      none: ["DATE", "PERIOD", "MONEY"],
    },
    {
      id: "score",
      input: "Điểm chuẩn năm nay của trường là 24,5 điểm.",
      none: ["MONEY", "PERIOD"],
    },
  ],
};

// ---------------------------------------------------------------------------
// document.ts — numbered legal and Party documents.

export const document: PhaseExamples = {
  positive: [
    {
      id: "resolution-with-date-and-issuer",
      input:
        "Các cấp ủy tiếp tục quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.",
      mentions: [
        { type: "DOCUMENT", text: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" },
      ],
      documents: [
        {
          type: "Nghị quyết",
          number: "57-NQ/TW",
          issuedOn: "2024-12-22",
          issuer: "Bộ Chính trị",
          span: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
        },
      ],
    },
    {
      id: "directive",
      input:
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, tỉnh đã đạt nhiều kết quả.",
      mentions: [{ type: "DOCUMENT", text: "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị" }],
      documents: [
        { type: "Chỉ thị", number: "05-CT/TW", issuedOn: "2016-05-15", issuer: "Bộ Chính trị" },
      ],
    },
    {
      id: "national-assembly-resolution-number",
      input: "Quốc hội đã thông qua Nghị quyết số 24/2021/QH15 về kế hoạch tài chính quốc gia.",
      mentions: [{ type: "DOCUMENT", text: "Nghị quyết số 24/2021/QH15" }],
      documents: [
        { type: "Nghị quyết", number: "24/2021/QH15", span: "Nghị quyết số 24/2021/QH15" },
      ],
    },
    {
      id: "provincial-decision",
      input:
        "Theo Quyết định số 1234/QĐ-UBND ngày 5/8/2023 của UBND tỉnh Lâm Đồng, dự án đã được phê duyệt.",
      mentions: [
        {
          type: "DOCUMENT",
          text: "Quyết định số 1234/QĐ-UBND ngày 5/8/2023 của UBND tỉnh Lâm Đồng",
        },
      ],
      documents: [
        {
          type: "Quyết định",
          number: "1234/QĐ-UBND",
          issuedOn: "2023-08-05",
          issuer: "Ủy ban nhân dân tỉnh Lâm Đồng",
        },
      ],
    },
    {
      id: "plain-number-and-issuer",
      input: "Thực hiện Chỉ thị số 22 của Ban Bí thư, công tác dân vận tiếp tục được tăng cường.",
      mentions: [{ type: "DOCUMENT", text: "Chỉ thị số 22 của Ban Bí thư" }],
      documents: [{ type: "Chỉ thị", number: "22", issuer: "Ban Bí thư Trung ương Đảng" }],
    },
    {
      id: "conclusion",
      input: "Kết luận số 01-KL/TW của Bộ Chính trị tiếp tục được triển khai sâu rộng.",
      mentions: [{ type: "DOCUMENT", text: "Kết luận số 01-KL/TW của Bộ Chính trị" }],
      documents: [{ type: "Kết luận", number: "01-KL/TW", issuer: "Bộ Chính trị" }],
    },
    {
      id: "circular",
      input: "Theo Thông tư số 12/2022/TT-BGDĐT, các trường phải công khai mức học phí.",
      mentions: [{ type: "DOCUMENT", text: "Thông tư số 12/2022/TT-BGDĐT" }],
      documents: [{ type: "Thông tư", number: "12/2022/TT-BGDĐT" }],
    },
    {
      id: "plan-of-provincial-people-committee",
      input:
        "Kế hoạch số 45/KH-UBND ngày 10/3/2024 của UBND tỉnh Thanh Hóa đề ra nhiều giải pháp cụ thể.",
      mentions: [
        { type: "DOCUMENT", text: "Kế hoạch số 45/KH-UBND ngày 10/3/2024 của UBND tỉnh Thanh Hóa" },
      ],
      documents: [
        {
          type: "Kế hoạch",
          number: "45/KH-UBND",
          issuedOn: "2024-03-10",
          issuer: "Ủy ban nhân dân tỉnh Thanh Hóa",
        },
      ],
    },
    {
      id: "decree",
      input:
        "Nghị định số 100/2019/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông.",
      mentions: [{ type: "DOCUMENT", text: "Nghị định số 100/2019/NĐ-CP" }],
      documents: [{ type: "Nghị định", number: "100/2019/NĐ-CP" }],
    },
    {
      id: "number-and-code-written-apart",
      input: "Tỉnh ủy đã ban hành Đề án số 02 - ĐA/TU về phát triển nguồn nhân lực chất lượng cao.",
      mentions: [{ type: "DOCUMENT", text: "Đề án số 02 - ĐA/TU" }],
      documents: [{ type: "Đề án", number: "02-ĐA/TU" }],
    },
  ],
  negative: [
    {
      id: "resolution-of-congress",
      input: "Học tập Nghị quyết Đại hội XIII của Đảng là nhiệm vụ trọng tâm.",
      none: ["DOCUMENT"],
    },
    {
      id: "law-and-year",
      input: "Luật 2016 quy định rõ trách nhiệm của các bên liên quan.",
      none: ["DOCUMENT"],
    },
    {
      id: "plan-of-a-year",
      input: "Tỉnh xây dựng kế hoạch năm 2024 về giảm nghèo bền vững.",
      none: ["DOCUMENT"],
    },
    {
      id: "agreement-without-number",
      input: "Hai bên ký kết Chương trình phối hợp giai đoạn 2024 - 2026.",
      none: ["DOCUMENT"],
    },
    {
      id: "decision-as-common-noun",
      input: "Quyết định khen thưởng được trao cho 20 tập thể.",
      none: ["DOCUMENT"],
    },
  ],
};

// ---------------------------------------------------------------------------
// agreement.ts — signed documents between organizations.

const CHUONG_TRINH = "chương trình phối hợp";

export const agreement: PhaseExamples = {
  positive: [
    {
      // "hai bên ký …" with no names: the two bodies of the sentence before; "biên bản hội đàm".
      id: "both-sides-of-previous-sentence",
      input:
        "Ngày 24/10, Bộ Chỉ huy BĐBP tỉnh Kon Tum hội đàm với Bộ Chỉ huy Quân sự tỉnh Ratanakiri. Kết thúc hội đàm, hai bên ký biên bản hội đàm về quản lý biên giới.",
      options: { date: "2024-10-25" },
      agreements: [
        {
          kind: "biên bản hội đàm",
          parties: [
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum",
            "Bộ Chỉ huy Quân sự tỉnh Ratanakiri",
          ],
          signedOn: "2024-10-24",
        },
      ],
    },
    {
      // A visiting delegation's offices are its own province's; "UBND hai tỉnh ký" names
      // both provinces' committees; the place after "ở" before the verb.
      id: "delegation-two-provinces-sign",
      input:
        "Ngày 19/3, Đoàn công tác của tỉnh Cao Bằng do đồng chí Nông Văn Tuấn, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã thăm, làm việc tại tỉnh Cà Mau. Tại buổi làm việc ở phường Tân Thành, UBND hai tỉnh đã ký chương trình hợp tác.",
      options: { date: "2026-03-20" },
      persons: [
        {
          name: "Nông Văn Tuấn",
          roles: [
            { title: "Phó Chủ tịch", organization: "Ủy ban nhân dân tỉnh Cao Bằng" },
            { title: "Trưởng đoàn", organization: null },
          ],
        },
      ],
      agreements: [
        {
          kind: "chương trình hợp tác",
          parties: ["Ủy ban nhân dân tỉnh Cao Bằng", "Ủy ban nhân dân tỉnh Cà Mau"],
          signedOn: "2026-03-19",
          place: "Tân Thành",
        },
      ],
    },
    {
      // Documents counted with their partners, who are listed in the next sentence.
      id: "counted-partners-listed-next",
      input:
        "Sáng 5/3, Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh ký 3 chương trình phối hợp với 3 sở, ngành. Các đơn vị cùng ký gồm: Sở Y tế, Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh.",
      options: { date: "2026-03-05" },
      agreements: [
        {
          kind: "chương trình phối hợp",
          parties: ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", "Sở Y tế tỉnh Hà Tĩnh"],
          signedOn: "2026-03-05",
        },
        {
          kind: "chương trình phối hợp",
          parties: ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", "Công an tỉnh Hà Tĩnh"],
          signedOn: "2026-03-05",
        },
        {
          kind: "chương trình phối hợp",
          parties: [
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh",
            "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh",
          ],
          signedOn: "2026-03-05",
        },
      ],
    },
    {
      // The venue's body is no party; a signing still to come and one of last month
      // are not the article's signings.
      id: "venue-future-and-earlier-signings",
      input:
        "Sáng 26/8, tại Hội trường Tỉnh ủy, Tỉnh đoàn Gia Lai và Sở Y tế tỉnh cùng ký chương trình phối hợp. Tháng 10 tới, Tỉnh đoàn sẽ cùng Trường Đại học Quy Nhơn ký thỏa thuận hợp tác. Vào tháng trước, Tỉnh đoàn và Hội Nông dân tỉnh đã ký kế hoạch phối hợp.",
      options: { date: "2025-08-27" },
      agreements: [
        {
          kind: "chương trình phối hợp",
          parties: ["Tỉnh đoàn Gia Lai", "Sở Y tế tỉnh Gia Lai"],
          signedOn: "2025-08-26",
        },
      ],
    },

    {
      // Three documents in one ceremony: the first named by those who sign for the
      // parties, the others by their bodies ("nhà trường" among them); a venue's place
      // in brackets is the signing place.
      id: "three-documents-one-ceremony",
      input:
        "Sáng 20/10, tại Trường Đại học Vinh (phường Trường Vinh), Sở Y tế tỉnh Nghệ An, nhà trường và Công ty cổ phần Dược Hà Tĩnh tổ chức lễ ký kết. Thay mặt các bên ký chương trình phối hợp có ông Lê Văn Hải, Giám đốc Sở Y tế; bà Phan Thị Hằng, Hiệu trưởng Trường Đại học Vinh và ông Trần Quốc Hưng, Tổng Giám đốc Công ty cổ phần Dược Hà Tĩnh. Tiếp đó, Sở Y tế và Trường Đại học Vinh ký thỏa thuận hợp tác về đào tạo.",
      options: { date: "2025-10-21" },
      agreements: [
        {
          kind: "chương trình phối hợp",
          parties: ["Sở Y tế tỉnh Nghệ An", "Trường Đại học Vinh", "Công ty cổ phần Dược Hà Tĩnh"],
          signedOn: "2025-10-20",
          place: "Trường Vinh",
        },
        {
          kind: "thỏa thuận hợp tác",
          parties: ["Sở Y tế tỉnh Nghệ An", "Trường Đại học Vinh"],
          signedOn: "2025-10-20",
          place: "Trường Vinh",
        },
      ],
    },
    {
      // A group named by its brand is its official name; a document signed in an
      // earlier year and only recalled is no signing of the article's.
      id: "brand-party-and-recalled-agreement",
      input:
        "Sáng 12/3, UBND tỉnh Lào Cai và Viettel ký thỏa thuận hợp tác về chuyển đổi số. Thỏa thuận mà UBND tỉnh và VNPT ký năm 2021 đã hết hạn.",
      options: { date: "2025-03-12" },
      agreements: [
        {
          kind: "thỏa thuận hợp tác",
          parties: ["Ủy ban nhân dân tỉnh Lào Cai", "Tập đoàn Công nghiệp - Viễn thông Quân đội"],
          signedOn: "2025-03-12",
        },
      ],
    },
    {
      // The province named as a party signs through the government the article names for it.
      id: "province-party-is-its-named-government",
      input:
        "Ký biên bản ghi nhớ giữa tỉnh Bắc Ninh và tỉnh Gyeonggi\n\nChiều 3/5, UBND tỉnh Bắc Ninh và Chính quyền tỉnh Gyeonggi đã ký biên bản ghi nhớ hợp tác.",
      agreements: [
        {
          kind: "biên bản ghi nhớ",
          parties: ["Ủy ban nhân dân tỉnh Bắc Ninh", "Chính quyền tỉnh Gyeonggi"],
          signedOn: "--05-03",
        },
      ],
    },
    {
      // "Trường" alone as a signer: the school named before.
      id: "school-signs-by-its-kind",
      input:
        "Trường Đại học Vinh ký thỏa thuận hợp tác với Sở Giáo dục và Đào tạo tỉnh Nghệ An. Cùng dịp, Trường ký biên bản ghi nhớ với Công ty cổ phần Sữa Hoa Sen.",
      agreements: [
        {
          kind: "thỏa thuận hợp tác",
          parties: ["Trường Đại học Vinh", "Sở Giáo dục và Đào tạo tỉnh Nghệ An"],
        },
        {
          kind: "biên bản ghi nhớ",
          parties: ["Trường Đại học Vinh", "Công ty cổ phần Sữa Hoa Sen"],
        },
      ],
    },
    {
      id: "a-and-b-sign-with-period",
      input:
        "Sáng 9/4, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang và Công an tỉnh Tuyên Quang ký kết chương trình phối hợp giai đoạn 2025 - 2027.",
      options: { date: "2025-04-10" },
      agreements: [
        {
          kind: CHUONG_TRINH,
          parties: [
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang",
            "Công an tỉnh Tuyên Quang",
          ],
          period: [2025, 2027],
          signedOn: "2025-04-09",
          name: "chương trình phối hợp",
        },
      ],
    },
    {
      id: "a-signs-with-b",
      input:
        "Hội Cựu chiến binh tỉnh Phú Thọ ký kết quy chế phối hợp với Bộ Chỉ huy Quân sự tỉnh Phú Thọ.",
      agreements: [
        {
          kind: "quy chế phối hợp",
          parties: ["Hội Cựu chiến binh tỉnh Phú Thọ", "Bộ Chỉ huy Quân sự tỉnh Phú Thọ"],
          name: "quy chế phối hợp",
        },
      ],
    },
    {
      id: "giua-a-va-b",
      input:
        "Chiều 20/11, tại tỉnh Khánh Hòa, lễ ký kết thỏa thuận hợp tác giữa Hội Nông dân tỉnh Khánh Hòa và Trường Đại học Nha Trang đã diễn ra.",
      options: { date: "2024-11-21" },
      agreements: [
        {
          kind: "thỏa thuận hợp tác",
          parties: ["Hội Nông dân tỉnh Khánh Hòa", "Trường Đại học Nha Trang"],
          signedOn: "2024-11-20",
          place: "Khánh Hòa",
          name: "thỏa thuận hợp tác",
        },
      ],
    },
    {
      id: "three-partners-three-agreements",
      input:
        "Hội Liên hiệp Phụ nữ tỉnh Bến Tre ký kết 3 chương trình phối hợp với Sở Y tế, Sở Tư pháp và Sở Nội vụ.",
      agreements: [
        {
          kind: CHUONG_TRINH,
          parties: ["Hội Liên hiệp Phụ nữ tỉnh Bến Tre", "Sở Y tế tỉnh Bến Tre"],
        },
        {
          kind: CHUONG_TRINH,
          parties: ["Hội Liên hiệp Phụ nữ tỉnh Bến Tre", "Sở Tư pháp tỉnh Bến Tre"],
        },
        {
          kind: CHUONG_TRINH,
          parties: ["Hội Liên hiệp Phụ nữ tỉnh Bến Tre", "Sở Nội vụ tỉnh Bến Tre"],
        },
      ],
    },
    {
      id: "plan-of-a-year-signed",
      input:
        "Tỉnh đoàn Hải Dương và Hội Nông dân tỉnh Hải Dương đã ký kết kế hoạch phối hợp năm 2025.",
      agreements: [
        {
          kind: "kế hoạch phối hợp",
          parties: ["Tỉnh đoàn Hải Dương", "Hội Nông dân tỉnh Hải Dương"],
          period: [2025, 2025],
        },
      ],
    },
    {
      id: "joint-resolution",
      input:
        "Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi và Công an tỉnh Quảng Ngãi đã ký kết nghị quyết liên tịch về phong trào toàn dân bảo vệ an ninh Tổ quốc.",
      agreements: [
        {
          kind: "nghị quyết liên tịch",
          parties: ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi", "Công an tỉnh Quảng Ngãi"],
          name: "nghị quyết liên tịch",
        },
      ],
    },
    {
      id: "document-before-passive-verb",
      input:
        "Chương trình phối hợp giữa Tỉnh đoàn Lạng Sơn và Bộ Chỉ huy Quân sự tỉnh Lạng Sơn đã được ký kết vào sáng nay.",
      agreements: [
        {
          kind: CHUONG_TRINH,
          parties: ["Tỉnh đoàn Lạng Sơn", "Bộ Chỉ huy Quân sự tỉnh Lạng Sơn"],
          name: "Chương trình phối hợp",
        },
      ],
    },
    {
      id: "memorandum-with-international-body",
      input:
        "Ngày 14/6, UBND tỉnh Đắk Lắk và JICA đã ký biên bản ghi nhớ về hợp tác phát triển nông nghiệp.",
      options: { date: "2024-06-15" },
      agreements: [
        {
          kind: "biên bản ghi nhớ",
          parties: ["Ủy ban nhân dân tỉnh Đắk Lắk", "Cơ quan Hợp tác Quốc tế Nhật Bản"],
          signedOn: "2024-06-14",
          name: "biên bản ghi nhớ",
        },
      ],
    },
    {
      id: "giua-named-organization-first",
      input:
        "Chiều 15/3, tại thành phố Vinh đã diễn ra lễ ký kết thỏa thuận hợp tác giữa Trường Đại học Vinh và UBND tỉnh Nghệ An.",
      options: { date: "2024-03-16" },
      agreements: [
        {
          kind: "thỏa thuận hợp tác",
          parties: ["Trường Đại học Vinh", "Ủy ban nhân dân tỉnh Nghệ An"],
          signedOn: "2024-03-15",
          place: "Vinh",
        },
      ],
    },
  ],
  negative: [
    {
      id: "plan-mentioned-not-signed",
      input:
        "Hội Nông dân tỉnh Bình Định và Sở Tư pháp tỉnh Bình Định xây dựng kế hoạch phối hợp năm 2025.",
      none: ["AGREEMENT"],
    },
    {
      id: "signing-planned",
      input: "Dự kiến, UBND tỉnh Đắk Lắk sẽ ký kết biên bản ghi nhớ với JICA vào tháng tới.",
      none: ["AGREEMENT"],
    },
    {
      id: "issued-by-one-body",
      input: "UBND tỉnh Cà Mau ban hành quy chế phối hợp trong công tác tiếp công dân.",
      none: ["AGREEMENT"],
    },
    {
      id: "will-sign",
      input: "Hai đơn vị thống nhất sẽ ký kết chương trình phối hợp trong quý III.",
      none: ["AGREEMENT"],
    },
    {
      id: "persons-are-no-parties",
      input: "Ông Trần Văn Hải và bà Nguyễn Thị Hoa đã ký kết thỏa thuận mua bán nông sản.",
      none: ["AGREEMENT"],
    },
  ],
};

export const EXAMPLES: Record<Phase, PhaseExamples> = {
  organization,
  person,
  role,
  location,
  temporal,
  document,
  agreement,
};
