/**
 * Web clutter: lines of a page that are not the article body. Detection is by
 * line, on the normalized text; the result is a list of [start, end) ranges of
 * the normalized text that later phases skip. Offsets stay those of the input.
 */

/** A heading after which the rest of the page lists other articles. */
const TRAILING_LISTING =
  /^(tin cùng chuyên mục|có thể bạn quan tâm|tin khác đã đăng|tin khác|các tin khác|tin liên quan|bài viết liên quan|tin bài liên quan|tin mới hơn|tin cũ hơn|tin đã đưa|tin đã đăng|xem nhiều nhất|đọc nhiều nhất|đọc nhiều|tin mới nhất|tin nổi bật|tin xem nhiều|bài cùng chuyên mục|cùng chuyên mục|bài liên quan|video liên quan)\s*:?$/;

/** One line of clutter. */
const CLUTTER_LINE: readonly RegExp[] = [
  // View and visitor counters: "Lượt xem: 34", "Hôm nay : 3.002", "Tất cả: 98,777".
  /^[•·*\-\s]*(lượt xem|lượt đọc|số lượt xem|lượt truy cập|lượt thích|đang online|đang truy cập|trực tuyến|hôm nay|hôm qua|trong tuần|tuần này|tháng này|tháng \d{1,2}|năm \d{4}|tổng số|tổng lượt truy cập|tất cả|lượt bình luận|số người online)\s*:?\s*[\d.,]+\s*$/,
  /^(thống kê truy cập|thông tin mới nhất|đăng nhập|đăng ký|tìm kiếm văn bản|xem thêm|gửi ban biên tập|bản đồ địa giới hành chính|click để đánh giá bài viết|chưa có bình luận nào|bình luận|gửi bình luận|ý kiến bạn đọc|in bài viết|in bài|gửi email|chia sẻ|google news|anh tin bai|ảnh tin bài|quay lại|về đầu trang|lên đầu trang|trang chủ|mục lục|liên hệ|góp ý)\s*:?$/,
  /^tổng số điểm của bài viết/,
  // Share bars and accessibility widgets.
  /chia sẻ (bài viết )?(lên )?(facebook|twitter|zalo|google)/,
  /^a-\s*a\s*a\+/,
  /tăng tương phản|giảm tương phản|cỡ chữ/,
  /^((fb|yt|zl|tw|in|li|x)\s*)+$/,
  // Image file names ("2929.jpg", "IMG_2041.JPG"), alone or several on a line.
  /^([\w\-.]+\.(jpe?g|png|gif|webp|bmp|svg)\s*)+$/,
  // A URL alone on a line, a hotline banner.
  /^(https?:\/\/|www\.)\S+$/,
  /^hotline\s*:/,
  // Lines of bullets and colons only.
  /^[\s•·:|*\-–—.]*$/,
];

export interface ClutterRange {
  start: number;
  end: number;
  reason: string;
}

/** Ranges of `lower` (the lower-cased normalized text) that are clutter. */
export function findClutter(lower: string): ClutterRange[] {
  const out: ClutterRange[] = [];
  let pos = 0;
  let prevLine: { start: number; end: number } | null = null;
  while (pos <= lower.length) {
    let nl = lower.indexOf("\n", pos);
    if (nl < 0) nl = lower.length;
    const raw = lower.slice(pos, nl);
    const line = raw.trim();
    if (line.length > 0) {
      if (line.length < 60 && TRAILING_LISTING.test(line) && pos > 0) {
        out.push({ start: pos, end: lower.length, reason: "related-listing" });
        break;
      }
      const short = line.length <= 160;
      if (short && CLUTTER_LINE.some((re) => re.test(line))) {
        out.push({ start: pos, end: nl, reason: "clutter-line" });
        // "Xem thêm" closes a sidebar teaser: the line before it is the teaser.
        if (line.startsWith("xem thêm") && prevLine) {
          out.push({ start: prevLine.start, end: prevLine.end, reason: "sidebar-teaser" });
        }
      }
      prevLine = { start: pos, end: nl };
    }
    if (nl >= lower.length) break;
    pos = nl + 1;
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
