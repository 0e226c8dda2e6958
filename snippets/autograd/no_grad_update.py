import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
loss = (w * w).sum()
loss.backward()

# 用梯度原地更新参数：这一步本身不该被求导，所以放进 no_grad
with torch.no_grad():
    w -= 0.1 * w.grad
print(w)
#> tensor([0.8000, 1.6000, 2.4000], requires_grad=True)
print(w.is_leaf)
#> True
