// render/layout_context.hpp — where a layout's names are looked up while it
// renders: kainjow's own context, with one difference. kainjow splits a dotted
// name ("page.title") with a std::stringstream, which it builds, locale and
// all, on every lookup: a fifth of the time a page's layouts take. Here the
// name is cut at its dots in place, into the same pieces std::getline gives
// ("a..b" is "a", "", "b"; a last empty piece is dropped), and looked up
// exactly as kainjow does.
#pragma once

#include <kainjow/mustache.hpp>

#include <string>
#include <vector>

namespace portal {

class LayoutContext : public kainjow::mustache::basic_context<std::string> {
  public:
    using Data = kainjow::mustache::data;

    explicit LayoutContext(const Data* data) { push(data); }

    void push(const Data* data) override { items_.insert(items_.begin(), data); }
    void pop() override { items_.erase(items_.begin()); }

    const Data* get(const std::string& name) const override;
    const Data* get_partial(const std::string& name) const override;

  private:
    std::vector<const Data*> items_;  // innermost section first
};

// What kainjow's tpl.render(data) gives, looked up through a LayoutContext and
// appended to one string (kainjow's own goes through an ostringstream); nothing
// when the template is not valid (its error_message() says why).
std::string render_layout(kainjow::mustache::mustache& tpl, const LayoutContext::Data& data);

}  // namespace portal
