import torch

candidates = {
    "abs": torch.abs,
    "relu": torch.relu,
    "clamp": lambda t: torch.clamp(t, min=0),
    "maximum": lambda t: torch.maximum(t, torch.zeros_like(t)),
}
h = 1e-6
t = torch.tensor(h, dtype=torch.float64)
# 每一行：写法、中心差分在 0 处的值、autograd 在 0 处给出的次导数、gradcheck 的结论
for name, fn in candidates.items():
    x = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
    fn(x).backward()
    # 中心差分跨过尖角，取的是左右两个斜率的平均
    central = (fn(t) - fn(-t)) / (2 * h)
    passed = torch.autograd.gradcheck(fn, (x,), raise_exception=False)
    print(name, round(central.item(), 6), x.grad.item(), passed)
    #> abs 0.0 0.0 True
    #> relu 0.5 0.0 False
    #> clamp 0.5 1.0 False
    #> maximum 0.5 0.5 True

# 避开尖角，relu 的导数就是普通导数，gradcheck 通过
away = torch.tensor([-1.0, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(torch.relu, (away,)))
#> True
