import torch

x = torch.tensor(2.0, requires_grad=True)

# y = 2x 的导数是常数 2：算它用不到 x，即使 create_graph=True，得到的导数也不需要梯度
(dy,) = torch.autograd.grad(2 * x, x, create_graph=True)
print(dy, dy.requires_grad)
#> tensor(2.) False

# 对它再求导，PyTorch 找不到可以往回走的图
torch.autograd.grad(dy, x)
#> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
