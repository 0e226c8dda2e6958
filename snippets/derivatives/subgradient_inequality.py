import torch

# g 是 |x| 在 0 处的次导数 ⇔ 对所有 x，都有 |x| ≥ |0| + g·x
x = torch.linspace(-2, 2, 401)
for g in (-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5):
    print(g, bool((x.abs() >= g * x).all()))
    #> -1.5 False
    #> -1.0 True
    #> -0.5 True
    #> 0.0 True
    #> 0.5 True
    #> 1.0 True
    #> 1.5 False
