import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
loss = (w * w).sum()
loss.backward()

# 不在 no_grad 里原地修改需要梯度的叶子节点，PyTorch 拒绝执行
w -= 0.1 * w.grad
#> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
