import torch

# 三种写法算的都是 max(0, x)，数值完全相同
for name in ("relu", "clamp", "maximum"):
    x = torch.tensor(0.0, requires_grad=True)
    if name == "relu":
        y = torch.relu(x)
    elif name == "clamp":
        y = torch.clamp(x, min=0)
    else:
        y = torch.maximum(x, torch.tensor(0.0))
    y.backward()
    # 但在 x = 0 这个尖角上，各自选了 [0, 1] 中不同的次导数
    print(name, y.item(), x.grad.item())
    #> relu 0.0 0.0
    #> clamp 0.0 1.0
    #> maximum 0.0 0.5
